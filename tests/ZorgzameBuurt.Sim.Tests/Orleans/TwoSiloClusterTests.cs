using ZorgzameBuurt.Sim.Orleans.Diagnostics;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

[Collection(TwoSiloClusterCollection.Name)]
public sealed class TwoSiloClusterTests
{
    private readonly TwoSiloClusterFixture fixture;

    public TwoSiloClusterTests(TwoSiloClusterFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task SiloIdentityGrain_ManyKeysOnTwoSilos_LandOnBothSilos()
    {
        var calls = Enumerable.Range(0, 40)
            .Select(i => fixture.GrainFactory.GetGrain<ISiloIdentityGrain>("probe-" + i).SiloAsync());
        var silos = (await Task.WhenAll(calls)).Distinct().ToList();

        var expected = fixture.Cluster.GetActiveSilos().Count();
        Assert.Equal(2, expected);
        Assert.Equal(expected, silos.Count);
    }
}
