using System.CommandLine;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim report DIR [--experiment KEY] [--rank INDICATOR]</c>: rebuilds report.html, summary.csv and the run CSVs of a
/// stored comparison (the latest in DIR/results.db unless a key is given) without running anything, e.g. to rank on
/// another indicator.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "Results folder of a compare command (holding results.db)." };
        var key = new Option<string?>("--experiment") { Description = "Experiment key (default: the latest comparison in the folder)." };
        var rank = new Option<string?>("--rank") { Description = "Indicator to rank the mixes on (default: hidden_need_share)." };
        var command = new Command("report", "Rebuild report.html and the CSV files of a stored comparison.") { dir, key, rank };
        command.SetAction(result =>
        {
            var folder = result.GetValue(dir)!;
            var rankName = IndicatorArgument.Check(result.GetValue(rank) ?? IndicatorNames.HiddenNeedShare, "--rank");
            if (!File.Exists(Path.Combine(folder, ResultsStore.FileName)))
                throw new UsageException($"no {ResultsStore.FileName} in '{folder}'; give the --out folder of a compare command.");
            if (StoreHealth.Problem(folder) is { } damaged) throw new UsageException(damaged);
            using var store = ResultsStore.Open(folder);
            var experiments = store.Experiments().Where(e => e.Info.Kind == ExperimentKind.Compare).ToList();
            var wanted = result.GetValue(key);
            var experiment = wanted is null ? experiments.LastOrDefault() : experiments.FirstOrDefault(e => e.Info.Key == wanted);
            if (experiment is null)
            {
                var keys = experiments.Count == 0 ? "it holds no comparison" : "comparisons: " + string.Join(", ", experiments.Select(e => e.Info.Key));
                throw new UsageException(wanted is null ? $"{folder}: {keys}." : $"--experiment: no comparison '{wanted}' in {folder}; {keys}.");
            }
            var settings = ExperimentSettings.FromJson(experiment.Info.SettingsJson);
            var (comparison, reached, files) = CompareOutputs.Write(store, experiment, rankName);
            Output.CompareTable.Write(stdout, comparison, reached, rankName, experiment.Info.ScenarioName, settings.Days);
            stdout.WriteLine();
            stdout.WriteLine("Files:");
            foreach (var f in files) stdout.WriteLine($"  {f}");
            return 0;
        });
        return command;
    }
}
