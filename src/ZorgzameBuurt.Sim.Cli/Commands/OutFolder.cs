using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// What an output folder already holds. A folder is one experiment's: beginning a different experiment in a folder
/// that holds another is refused (its CSV files and report would be replaced), with the two ways on: a fresh
/// folder, or --resume to continue the recorded one. The same experiment resumes as before.
/// </summary>
internal static class OutFolder
{
    /// <summary>Throws a <see cref="UsageException"/> when <paramref name="folder"/> cannot take the experiment <paramref name="info"/>.</summary>
    public static void CheckFor(string folder, ExperimentInfo info)
    {
        if (File.Exists(folder)) throw new UsageException($"--out: '{folder}' is a file; give a folder (it is created if needed).");
        var others = Recorded(folder);
        if (others.Count == 0 || others.Any(e => e.Info.Key == info.Key)) return;
        var other = others[^1].Info;
        throw new UsageException(
            $"--out: '{folder}' holds another experiment ({Describe(other)}; made by: {other.CommandLine}). "
            + $"Its files would be replaced: give a fresh --out folder for this one, or add --resume to continue that one.");
    }

    /// <summary>The experiments in the folder's results.db (none when there is no such file); a damaged file is a usage error saying what can be kept.</summary>
    public static IReadOnlyList<StoredExperiment> Recorded(string folder)
    {
        if (!File.Exists(Path.Combine(folder, ResultsStore.FileName))) return [];
        if (StoreHealth.Problem(folder) is { } damaged) throw new UsageException(damaged);
        using var store = ResultsStore.Open(folder);
        return store.Experiments();
    }

    /// <summary>The latest <paramref name="kind"/> experiment recorded in <paramref name="folder"/>, for --resume.</summary>
    public static StoredExperiment Latest(string? folder, ExperimentKind kind)
    {
        if (folder is null) throw new UsageException("--resume: give the folder to resume with --out.");
        var found = Recorded(folder).LastOrDefault(e => e.Info.Kind == kind);
        return found ?? throw new UsageException($"--resume: '{folder}' holds no {kind.ToString().ToLowerInvariant()} experiment to resume.");
    }

    /// <summary>"compare of 'rural-deeldorp': 4 mixes x 5 replications, 40 days, seed 1".</summary>
    public static string Describe(ExperimentInfo info)
    {
        ExperimentSettings? settings = null;
        try
        {
            settings = ExperimentSettings.FromJson(info.SettingsJson);
        }
        catch (System.Text.Json.JsonException)
        {
            // described without its settings
        }
        var what = settings is null ? "" : $": {Plural(settings.Mixes.Count, "mix", "mixes")} x {Plural(settings.Replications, "replication", "replications")}, {settings.Days} days, seed {settings.Seed}";
        return $"{info.Kind.ToString().ToLowerInvariant()} of '{info.ScenarioName}'{what}";
    }

    private static string Plural(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
