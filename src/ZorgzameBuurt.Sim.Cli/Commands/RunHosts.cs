using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>The hosts <c>run --host</c> knows: <c>engine</c> (this process) and <c>orleans</c> (an in-process silo, or with
/// <c>--cluster</c> the silos of a running cluster, over which the world's grains are placed).</summary>
internal static class RunHosts
{
    public static readonly IReadOnlyList<string> Names = ["engine", "orleans"];

    /// <summary>The host to run on, or null for the in-process engine; dispose it when the command ends.</summary>
    public static RunHostLease? Create(string name, ClusterConnection? cluster, TextWriter stderr, CliContext context) => (name, cluster) switch
    {
        ("engine", null) => null,
        ("engine", _) => throw new UsageException("--cluster: run places one world's grains on a cluster, which needs --host orleans " +
                                                  "(compare, sweep and patterns send whole replications to a cluster)."),
        ("orleans", null) => Orleans(),
        ("orleans", { } c) => OnCluster(c, stderr, context),
        _ => throw new UsageException($"--host: unknown host '{name}'; known: {string.Join(", ", Names)}."),
    };

    /// <summary>An in-process silo for the length of the command; its grains run the world.</summary>
    private static RunHostLease Orleans()
    {
        var cluster = LocalCluster.StartAsync().GetAwaiter().GetResult();
        return new RunHostLease(new GrainRunHost(cluster.GrainFactory), new AsyncOwner(cluster));
    }

    /// <summary>A client of a running cluster; the world's grains are placed over its silos, and where they went is said.</summary>
    private static RunHostLease OnCluster(ClusterConnection cluster, TextWriter stderr, CliContext context)
    {
        var client = ClusterConnect.Open(cluster, "run", stderr, context.Cancellation);
        return new RunHostLease(new GrainRunHost(client.Client) { Log = line => stderr.WriteLine($"run: {line}") }, new AsyncOwner(client));
    }

    private sealed class AsyncOwner(IAsyncDisposable owner) : IDisposable
    {
        public void Dispose() => owner.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>A host held for the length of a command.</summary>
internal sealed class RunHostLease(IRunHost host, IDisposable? owner) : IDisposable
{
    public IRunHost Host { get; } = host;

    public void Dispose() => owner?.Dispose();
}
