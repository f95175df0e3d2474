using Orleans.Hosting;
using Orleans.TestingHost;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// A two-silo in-process <see cref="TestCluster"/> whose silos are configured by
/// <see cref="SiloSetup.ConfigureRuntime"/> (the TestCluster brings its own clustering and ports).
/// Shared by every test class in <see cref="TwoSiloClusterCollection"/>: started once, stopped at the end.
/// </summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime
{
    private TestCluster? cluster;

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster => cluster ?? throw new InvalidOperationException("the cluster has not started");

    /// <summary>The cluster's client-side grain factory.</summary>
    public IGrainFactory GrainFactory => Cluster.GrainFactory;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<ProjectSiloConfigurator>();
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private sealed class ProjectSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => SiloSetup.ConfigureRuntime(siloBuilder);
    }
}

/// <summary>The xunit collection that shares one <see cref="TwoSiloClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class TwoSiloClusterCollection : ICollectionFixture<TwoSiloClusterFixture>
{
    /// <summary>The collection's name, for <c>[Collection(TwoSiloClusterCollection.Name)]</c>.</summary>
    public const string Name = "Two-silo Orleans cluster";
}
