using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Writes <c>summary.csv</c> of a comparison: one row per mix and end indicator with n, mean and 95% interval, the
/// paired difference against the reference with its interval, and the change per €10,000 and per 100 hours (paid
/// staff plus volunteer hours) with intervals (empty for the reference; NaN when not defined). Same CSV dialect as the store's exports.
/// </summary>
public static class ComparisonCsv
{
    public const string FileName = "summary.csv";

    private static readonly string[] Header =
    [
        "mix", "indicator", "n", "mean", "low", "high", "diff", "diff_low", "diff_high",
        "per_10000_euros", "per_10000_euros_low", "per_10000_euros_high", "per_100_hours", "per_100_hours_low", "per_100_hours_high",
    ];

    public static string Write(Comparison comparison, string dir)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Csv.WriteFile(dir, FileName, Header, csv =>
        {
            foreach (var mix in comparison.Mixes)
                foreach (var name in comparison.Names)
                {
                    var level = mix.Level(name);
                    if (level.N == 0 && !mix.Levels.Contains(name)) continue;
                    csv.Field(mix.Mix);
                    csv.Field(name);
                    csv.Field(level.N);
                    Interval(csv, level.Mean, level.Lower, level.Upper);
                    if (mix.Difference(name) is { } d && mix.CostEffectiveness(name) is { } ce)
                    {
                        Interval(csv, d.Mean, d.Lower, d.Upper);
                        Ratio(csv, ce.PerTenThousandEuros);
                        Ratio(csv, ce.PerHundredHours);
                    }
                    else
                    {
                        for (var i = 0; i < 9; i++) csv.Empty();
                    }
                    csv.EndLine();
                }
        });
    }

    private static void Interval(Csv csv, double mean, double low, double high)
    {
        csv.Field(mean);
        csv.Field(low);
        csv.Field(high);
    }

    private static void Ratio(Csv csv, Ratio r) => Interval(csv, r.Estimate, r.Lower, r.Upper);
}
