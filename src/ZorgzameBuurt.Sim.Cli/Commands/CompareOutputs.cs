using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// Summarises a stored comparison and writes its files into the results folder: end_indicators.csv and series.csv
/// (every run), summary.csv (per mix and indicator), reached.csv (effects among the residents each mix reached) and
/// report.html. Shared by compare and report.
/// </summary>
internal static class CompareOutputs
{
    public const string ReportFileName = "report.html";

    public static (Comparison Comparison, IReadOnlyList<ReachedEffect> Reached, IReadOnlyList<string> Files) Write(ResultsStore store, StoredExperiment experiment, string rank)
    {
        var settings = ExperimentSettings.FromJson(experiment.Info.SettingsJson);
        var comparison = Comparison.FromStore(store, experiment.Id, settings.Mixes, settings.Reference, settings.Replications);
        if (comparison.Replications == 0)
            throw new UsageException($"experiment {experiment.Info.Key} in {store.Directory} has no finished run of every mix yet; run its command again to finish it.");
        var dir = store.Directory;
        var reached = ReachedEffect.FromStore(store, experiment.Id, settings.Mixes, settings.Reference, settings.Replications);
        var files = new List<string>(store.ExportCsv(experiment.Id, dir)) { ComparisonCsv.Write(comparison, dir) };
        if (reached.Count > 0) files.Add(ReachedCsv.Write(reached, dir));

        var info = experiment.Info;
        var header = new ReportHeader(
            $"{info.ScenarioName}: intervention mixes compared", info.ScenarioName, info.ScenarioHash[..Math.Min(16, info.ScenarioHash.Length)],
            info.ModelVersion, experiment.CreatedUtc, settings.Days);
        var report = Path.Combine(dir, ReportFileName);
        try
        {
            var model = CompareReport.Build(comparison, header, rank) with
            {
                WhereItHappens = [.. reached.Select(r => r.Sentence(comparison.Reference))],
            };
            ReportWriter.Write(model, report);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsStoreException($"Cannot write '{report}': {e.Message}", e);
        }
        files.Add(report);
        return (comparison, reached, files);
    }
}
