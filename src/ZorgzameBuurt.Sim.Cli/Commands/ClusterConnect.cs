using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// --cluster for the experiment commands: connects an Orleans client (retrying while the silos start, at most
/// <see cref="ClientSetup.ConnectPatience"/>) and makes the plan runner; without --cluster, the in-process runner.
/// </summary>
internal static class ClusterConnect
{
    /// <summary>"N threads" or "cluster CONNECTION", for the line that announces an experiment.</summary>
    public static string Where(ExperimentInputs inputs) =>
        inputs.Cluster is { } c ? $"cluster {c}" : $"{inputs.Threads} threads";

    /// <summary>Connects to <paramref name="cluster"/>; a cluster that cannot be reached is a <see cref="UsageException"/>.</summary>
    public static ClusterClientHandle Open(ClusterConnection cluster, string what, TextWriter stderr, CancellationToken cancellation)
    {
        stderr.WriteLine($"{what}: connecting to cluster {cluster} ...");
        try
        {
            return ClientSetup.ConnectAsync(cluster, cancellation).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UsageException($"--cluster: cannot connect to {cluster}: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    /// <summary>The runner of a plan: on the connected cluster, or in this process with <paramref name="threads"/> workers.</summary>
    public static IPlanRunner Runner(ClusterClientHandle? client, CliContext context, RunSettings settings, int threads, Action<string> log) =>
        client is null
            ? new ExperimentRunner(settings, context.Interventions, threads)
            : new ClusterRunner(client.Client, settings) { Log = log };
}
