using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>The hosts <c>run --host</c> knows: <c>engine</c> (this process) and <c>orleans</c> (an in-process silo).</summary>
internal static class RunHosts
{
    public static readonly IReadOnlyList<string> Names = ["engine", "orleans"];

    /// <summary>The host to run on, or null for the in-process engine; dispose it when the command ends.</summary>
    public static RunHostLease? Create(string name, CliContext context) => name switch
    {
        "engine" => null,
        "orleans" => Orleans(),
        _ => throw new UsageException($"--host: unknown host '{name}'; known: {string.Join(", ", Names)}."),
    };

    /// <summary>An in-process silo for the length of the command; its grains run the world.</summary>
    private static RunHostLease Orleans()
    {
        var cluster = LocalCluster.StartAsync().GetAwaiter().GetResult();
        return new RunHostLease(new GrainRunHost(cluster.GrainFactory), new AsyncOwner(cluster));
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
