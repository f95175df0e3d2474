using ZorgzameBuurt.Sim.Orleans.Diagnostics;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

public sealed class LocalClusterTests
{
    [Fact]
    public async Task StartAsync_DefaultSettings_HostsProjectGrainsOnOneSilo()
    {
        await using var cluster = await LocalCluster.StartAsync();

        var silos = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(i => cluster.GrainFactory.GetGrain<ISiloIdentityGrain>("local-" + i).SiloAsync()));

        Assert.Single(silos.Distinct());
        Assert.Contains(cluster.Settings.SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture), silos[0], StringComparison.Ordinal);
    }
}
