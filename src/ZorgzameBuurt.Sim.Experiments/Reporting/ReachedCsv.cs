using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Writes <c>reached.csv</c>: per mix and per-resident metric, the effect among the residents the mix reached, each
/// paired with herself in the reference run (<see cref="ReachedEffect"/>). Same CSV dialect as summary.csv.
/// </summary>
public static class ReachedCsv
{
    public const string FileName = "reached.csv";

    private static readonly string[] Header =
    [
        "mix", "metric", "residents_reached", "reference_mean", "diff", "diff_low", "diff_high", "relative", "relative_low", "relative_high",
    ];

    public static string Write(IReadOnlyList<ReachedEffect> effects, string dir)
    {
        ArgumentNullException.ThrowIfNull(effects);
        return Csv.WriteFile(dir, FileName, Header, csv =>
        {
            foreach (var e in effects)
            {
                csv.Field(e.Mix);
                csv.Field(e.Metric);
                csv.Field(e.Reached);
                csv.Field(e.ReferenceMean);
                csv.Field(e.Difference.Mean);
                csv.Field(e.Difference.Lower);
                csv.Field(e.Difference.Upper);
                csv.Field(e.Relative);
                csv.Field(e.RelativeLower);
                csv.Field(e.RelativeUpper);
                csv.EndLine();
            }
        });
    }
}
