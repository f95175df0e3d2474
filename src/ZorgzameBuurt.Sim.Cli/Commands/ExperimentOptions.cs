using System.CommandLine;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>The arguments every experiment command shares: SCENARIO, --days, --seed, --reps, --threads, --set, --out, and (compare, sweep, patterns) --cluster.</summary>
internal sealed class ExperimentOptions
{
    private readonly int _defaultReps;

    public ExperimentOptions(int defaultReps, string outDescription)
    {
        _defaultReps = defaultReps;
        Out = new Option<string?>("--out") { Description = outDescription };
        Reps = new Option<int?>("--reps") { Description = $"Replications (default {defaultReps}); replication k uses the same seed in every mix." };
    }

    public Argument<string?> Scenario { get; } = new("scenario")
    {
        Description = "Scenario file or preset name (default: rural-deeldorp).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<int?> Days { get; } = new("--days") { Description = "Days to simulate (default: the scenario's)." };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Root seed (default: the scenario's)." };

    public Option<int?> Reps { get; }

    public Option<int?> Threads { get; } = new("--threads") { Description = "Worker threads (default: all cores); results do not depend on it." };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a scenario parameter: path=value (repeatable), validated like the file.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Out { get; }

    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "Run the replications on an Orleans cluster: localhost, localhost:PORT[,PORT...] (gateway ports) or redis://HOST:PORT, each with an optional ?cluster=ID&service=ID (docs/cluster.md). Results equal the in-process run.",
    };

    /// <summary>
    /// Adds the shared arguments; <paramref name="output"/> false leaves out --out (for commands that store nothing),
    /// <paramref name="cluster"/> true adds --cluster.
    /// </summary>
    public void AddTo(Command command, bool output = true, bool cluster = false)
    {
        command.Add(Scenario);
        command.Add(Days);
        command.Add(Seed);
        command.Add(Reps);
        command.Add(Threads);
        command.Add(Set);
        if (output) command.Add(Out);
        if (cluster) command.Add(Cluster);
    }

    /// <summary>Loads the scenario, applies --set, checks the numbers; every problem is a <see cref="UsageException"/>.</summary>
    public ExperimentInputs Read(ParseResult result)
    {
        var sets = result.GetValue(Set) ?? [];
        var spec = ScenarioArgument.Load(result.GetValue(Scenario), sets);

        var reps = result.GetValue(Reps) ?? _defaultReps;
        if (reps < 1) throw new UsageException($"--reps: must be at least 1, got {reps}.");
        var threads = result.GetValue(Threads) ?? Environment.ProcessorCount;
        if (threads < 1) throw new UsageException($"--threads: must be at least 1, got {threads}.");
        var days = result.GetValue(Days) ?? spec.Days;
        if (days is < 1 or > 36500) throw new UsageException($"--days: must be between 1 and 36500, got {days}.");
        var seed = result.GetValue(Seed) ?? spec.Seed;
        var output = result.GetValue(Out);
        if (output is not null && string.IsNullOrWhiteSpace(output)) throw new UsageException("--out: the directory name is empty.");

        ClusterConnection? cluster = null;
        if (result.GetValue(Cluster) is { } text)
        {
            try
            {
                cluster = ClusterConnection.Parse(text);
            }
            catch (FormatException e)
            {
                throw new UsageException($"--cluster: {e.Message}");
            }
        }

        spec.Days = days;
        spec.Seed = seed;
        return new ExperimentInputs(spec, sets, days, spec.IndicatorInterval, seed, reps, threads, output, cluster);
    }
}
