using System.Globalization;
using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>
/// The terminal summary of a comparison: the mixes ranked on one indicator; per key indicator each mix's mean with
/// its 95% interval, the paired difference against the reference and the change per €10,000 and per 100 hours of
/// work (paid staff plus volunteer hours); effects among the residents each mix reached;
/// and who benefits: the differences by subgroup. "*" marks a difference whose 95% interval excludes zero.
/// </summary>
internal static class CompareTable
{
    public static readonly IReadOnlyList<string> KeyIndicators =
    [
        IndicatorNames.HiddenNeedShare, IndicatorNames.UnmetNeedDays, IndicatorNames.SignalsLost, IndicatorNames.NeedsResolved,
        IndicatorNames.LonelyShare, IndicatorNames.IsolatedShare, IndicatorNames.CostEuros,
    ];

    private static readonly IReadOnlyList<string> SubgroupIndicators =
        [IndicatorNames.HiddenNeedShare, IndicatorNames.UnmetNeedDaysPerResident, IndicatorNames.LonelyShare];

    public static void Write(TextWriter stdout, Comparison c, IReadOnlyList<ReachedEffect> reached, string rank, string scenario, int days)
    {
        var reference = c.Reference;
        stdout.WriteLine($"{scenario}: {c.Mixes.Count} mix{(c.Mixes.Count == 1 ? "" : "es")}, {c.Replications} replication{(c.Replications == 1 ? "" : "s")} each, {days.ToString(CultureInfo.InvariantCulture)} days.");
        stdout.WriteLine($"Differences are mix - {reference}, paired by replication (same random numbers); * = 95% interval excludes 0.");
        stdout.WriteLine();
        Ranking(stdout, c, rank);
        foreach (var name in KeyIndicators.Where(n => c.Mixes.Any(m => m.Levels.Contains(n))))
        {
            stdout.WriteLine();
            Indicator(stdout, c, name);
        }
        stdout.WriteLine();
        WhereItHappens(stdout, c, reached);
        WhoBenefits(stdout, c);
    }

    /// <summary>Effects among the residents each mix reached, each paired with herself in the reference run.</summary>
    private static void WhereItHappens(TextWriter stdout, Comparison c, IReadOnlyList<ReachedEffect> reached)
    {
        if (reached.Count == 0) return;
        stdout.WriteLine($"Effects where they happen: among the residents each mix reached, each paired with herself in {c.Reference} (95% interval)");
        foreach (var effect in reached) stdout.WriteLine($"  {effect.Sentence(c.Reference)}");
        stdout.WriteLine();
    }

    private static void Ranking(TextWriter stdout, Comparison c, string rank)
    {
        var lower = IndicatorDirection.LowerIsBetter(rank) ?? true;
        var share = IsShare(rank);
        stdout.WriteLine($"Ranking on {IndicatorHeading.Of(rank, lower ? "lower is better" : "higher is better")}");
        var table = new TextTable("#", "mix", "mean [95% CI]", $"vs {c.Reference} [95% CI]", "cost");
        var ranked = c.Mixes
            .OrderBy(m => double.IsFinite(m.Level(rank).Mean) ? 0 : 1)
            .ThenBy(m => lower ? m.Level(rank).Mean : -m.Level(rank).Mean)
            .ThenBy(m => m.Mix, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            var m = ranked[i];
            table.Add((i + 1).ToString(CultureInfo.InvariantCulture), m.Mix, Level(m.Level(rank), share), Difference(m.Difference(rank), share), Numbers.Euros(m.CostEuros));
        }
        table.Write(stdout);
    }

    private static void Indicator(TextWriter stdout, Comparison c, string name)
    {
        var share = IsShare(name);
        var direction = IndicatorDirection.LowerIsBetter(name) switch { true => "lower is better", false => "higher is better", _ => "" };
        stdout.WriteLine(IndicatorHeading.Of(name, direction));
        var ratios = name != IndicatorNames.CostEuros;
        var table = ratios
            ? new TextTable("mix", "mean [95% CI]", $"vs {c.Reference} [95% CI]", "per EUR 10,000", "per 100 h (paid+volunteer)")
            : new TextTable("mix", "mean [95% CI]", $"vs {c.Reference} [95% CI]");
        foreach (var m in c.Mixes)
        {
            var ce = m.CostEffectiveness(name);
            if (ratios)
                table.Add(m.Mix, Level(m.Level(name), share), Difference(m.Difference(name), share),
                    Ratio(ce?.PerTenThousandEuros, share), Ratio(ce?.PerHundredHours, share));
            else
                table.Add(m.Mix, Level(m.Level(name), share), Difference(m.Difference(name), share));
        }
        table.Write(stdout);
    }

    private static void WhoBenefits(TextWriter stdout, Comparison c)
    {
        var others = c.Mixes.Where(m => !m.IsReference).ToList();
        if (others.Count == 0) return;
        stdout.WriteLine($"Who benefits: difference vs {c.Reference} by subgroup");
        foreach (var name in SubgroupIndicators)
        {
            if (name != SubgroupIndicators[0]) stdout.WriteLine();
            var share = IsShare(name);
            stdout.WriteLine(IndicatorHeading.Of(name));
            var table = new TextTable(["mix", .. CompareReport.Subgroups.Select(g => IndicatorCatalog.SubgroupLabel(g).ToLowerInvariant())]);
            foreach (var m in others)
                table.Add([m.Mix, .. CompareReport.Subgroups.Select(g => Marked(m.Difference($"{name}.{g}"), share))]);
            table.Write(stdout);
        }
    }

    private static bool IsShare(string name) => IndicatorCatalog.Describe(IndicatorDirection.BaseName(name)).IsShare;

    private static string Level(Summary s, bool share) =>
        s.N == 0 ? Numbers.Missing : $"{Numbers.Value(s.Mean, share)} {Numbers.Interval(s.Lower, s.Upper, share, diff: false)}";

    private static string Difference(Summary? d, bool share) =>
        d is not { } s ? "" : $"{Marked(s, share)} {Numbers.Interval(s.Lower, s.Upper, share, diff: true)}";

    private static string Marked(Summary? d, bool share) =>
        d is not { } s ? Numbers.Missing : Numbers.Diff(s.Mean, share) + (s.HasInterval && (s.Lower > 0 || s.Upper < 0) ? " *" : "");

    private static string Ratio(Ratio? r, bool share) =>
        r is not { IsAvailable: true } x ? (r is null ? "" : Numbers.Missing) : Numbers.Diff(x.Estimate, share);
}
