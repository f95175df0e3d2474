using ZorgzameBuurt.Sim.Experiments.Runner;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>The hosts <c>run --host</c> knows: <c>engine</c> (this process) and <c>orleans</c> (an in-process silo).</summary>
internal static class RunHosts
{
    public static readonly IReadOnlyList<string> Names = ["engine", "orleans"];

    /// <summary>The host to run on, or null for the in-process engine; dispose it when the command ends.</summary>
    public static RunHostLease? Create(string name, CliContext context) => name switch
    {
        "engine" => null,
        _ => throw new UsageException($"--host: unknown host '{name}'; known: {string.Join(", ", Names)}."),
    };
}

/// <summary>A host held for the length of a command.</summary>
internal sealed class RunHostLease(IRunHost host, IDisposable? owner) : IDisposable
{
    public IRunHost Host { get; } = host;

    public void Dispose() => owner?.Dispose();
}
