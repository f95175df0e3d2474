using System.Globalization;
using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>
/// The terminal summary of a sweep: for Morris designs μ*, μ and σ of every varied parameter on the main gap and
/// net indicators, most important first; otherwise the mean of those indicators at each design point (the first
/// rows; all of them are in sweep_summary.csv).
/// </summary>
internal static class SweepTable
{
    public static readonly IReadOnlyList<string> Outputs =
        [IndicatorNames.HiddenNeedShare, IndicatorNames.UnmetNeedDays, IndicatorNames.LonelyShare];

    private const int MaxRows = 40;

    public static void Write(TextWriter stdout, Sweep sweep, string mix, int replications)
    {
        if (sweep.Design is MorrisDesign morris)
        {
            Morris(stdout, sweep, morris, mix, replications);
            return;
        }
        stdout.WriteLine($"Means over {replications} replication{(replications == 1 ? "" : "s")} per point ({mix}):");
        var table = new TextTable([.. new[] { "point" }, .. sweep.Design.Factors.Select(f => f.Name), .. Outputs]);
        foreach (var p in sweep.Points.Take(MaxRows))
        {
            table.Add([p.Point.Label, .. p.Point.Ordered.Select(Numbers.Plain),
                .. Outputs.Select(o => Numbers.Value(p.Levels.Summary(o).Mean, IndicatorCatalog.Describe(o).IsShare))]);
        }
        table.Write(stdout);
        if (sweep.Points.Count > MaxRows)
            stdout.WriteLine($"  ... {sweep.Points.Count - MaxRows} more points in {SweepCsv.SummaryFileName}");
    }

    private static void Morris(TextWriter stdout, Sweep sweep, MorrisDesign design, string mix, int replications)
    {
        stdout.WriteLine($"Morris screening ({mix}): {design.Factors.Count} parameters, {design.Trajectories} trajectories, {design.Levels} levels, {replications} replication{(replications == 1 ? "" : "s")} per point.");
        stdout.WriteLine("Effects are the change in the indicator when a parameter moves across its whole range.");
        stdout.WriteLine("mu* = overall importance (rank by it); sigma = non-linearity or interaction; mu = direction.");
        foreach (var output in Outputs)
        {
            var effects = sweep.EffectsOn(output);
            if (effects.Count == 0) continue;
            var share = IndicatorCatalog.Describe(output).IsShare;
            stdout.WriteLine();
            stdout.WriteLine(IndicatorHeading.Of(output));
            var table = new TextTable("parameter", "mu*", "mu", "sigma", "n");
            foreach (var e in effects)
                table.Add(e.Factor, Numbers.Magnitude(e.MuStar, share), Numbers.Diff(e.Mu, share), Numbers.Magnitude(e.Sigma, share),
                    e.Count.ToString(CultureInfo.InvariantCulture));
            table.Write(stdout);
        }
    }
}
