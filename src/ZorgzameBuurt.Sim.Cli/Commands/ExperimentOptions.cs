using System.CommandLine;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// The arguments every experiment command shares: SCENARIO, --days, --seed, --reps, --threads, --set, --yes, for
/// commands that store results --out and --resume, and (compare, sweep, patterns) --cluster. Every number is
/// range-checked here (<see cref="OptionRanges"/>) before any work starts.
/// </summary>
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

    public Option<bool> Yes { get; } = new("--yes") { Description = "Start even a large experiment (over about 2 hours or 2 GB) without asking." };

    public Option<bool> Resume { get; } = new("--resume")
    {
        Description = "Continue the experiment recorded in the --out folder, with its recorded scenario and settings.",
    };

    /// <summary>The kind of experiment the command records (for --resume); null for commands that store nothing.</summary>
    public ExperimentKind? Kind { get; init; }

    /// <summary>
    /// Adds the shared arguments; <paramref name="output"/> false leaves out --out and --resume (for commands that store
    /// nothing), <paramref name="cluster"/> true adds --cluster.
    /// </summary>
    public void AddTo(Command command, bool output = true, bool cluster = false)
    {
        command.Add(Yes);
        command.Add(Scenario);
        command.Add(Days);
        command.Add(Seed);
        command.Add(Reps);
        command.Add(Threads);
        command.Add(Set);
        if (cluster) command.Add(Cluster);
        if (!output) return;
        command.Add(Out);
        if (Kind is not null) command.Add(Resume);
    }

    /// <summary>Loads the scenario, applies --set, checks the numbers; every problem is a <see cref="UsageException"/>.</summary>
    public ExperimentInputs Read(ParseResult result)
    {
        var reps = OptionRanges.Reps(result.GetValue(Reps) ?? _defaultReps);
        var threads = OptionRanges.Threads(result.GetValue(Threads) ?? Environment.ProcessorCount);
        if (result.GetValue(Days) is { } asked) OptionRanges.Days(asked);
        var output = result.GetValue(Out);
        if (output is not null && string.IsNullOrWhiteSpace(output)) throw new UsageException("--out: the directory name is empty.");
        var yes = result.GetValue(Yes);
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
        if (Kind is { } kind && result.GetValue(Resume)) return Recorded(OutFolder.Latest(output, kind), threads, output!, yes, cluster);

        var sets = result.GetValue(Set) ?? [];
        var spec = ScenarioArgument.Load(result.GetValue(Scenario), sets);
        var days = OptionRanges.Days(result.GetValue(Days) ?? spec.Days);
        var seed = result.GetValue(Seed) ?? spec.Seed;

        spec.Days = days;
        spec.Seed = seed;
        return new ExperimentInputs(spec, sets, days, spec.IndicatorInterval, seed, reps, threads, output, cluster, yes);
    }

    /// <summary>The inputs of the experiment recorded in the folder: its canonical scenario and settings.</summary>
    private static ExperimentInputs Recorded(StoredExperiment stored, int threads, string output, bool yes, ClusterConnection? cluster)
    {
        var settings = ExperimentSettings.FromJson(stored.Info.SettingsJson);
        var spec = ScenarioCopy.FromYaml(stored.Info.ScenarioYaml);
        return new ExperimentInputs(spec, settings.Sets, settings.Days, settings.Interval, settings.Seed, settings.Replications,
            threads, output, cluster, yes, settings);
    }
}
