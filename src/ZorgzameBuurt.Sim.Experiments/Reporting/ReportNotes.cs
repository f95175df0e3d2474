using System.Globalization;
using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Plain-language findings generated from a comparison's numbers: the best mix on the rank indicator with its
/// paired difference, interval and cost; mixes that make it worse; who benefits most; the effect of the best mix on
/// the other side (gap ↔ net); every other clear effect on a gap or net indicator, largest relative change first;
/// which mix buys most per €10,000; and a warning when replications are few. A finding says "clearly" (or is listed
/// at all, for the other effects) only when the 95% interval of the difference excludes zero.
/// </summary>
public static class ReportNotes
{
    private const int FewReplications = 5;

    /// <summary>The gap and net indicators whose clear effects are all listed.</summary>
    public static readonly IReadOnlyList<string> FindingIndicators =
    [
        IndicatorNames.HiddenNeedShare, IndicatorNames.UnmetNeedDays, IndicatorNames.SignalsLost, IndicatorNames.NeedsResolved,
        IndicatorNames.DetectionLatencyDays, IndicatorNames.ReferralSuccessRate, IndicatorNames.RightsNotTakenUp,
        IndicatorNames.LonelyShare, IndicatorNames.MeanLoneliness, IndicatorNames.IsolatedShare, IndicatorNames.WeakTieDensity,
        IndicatorNames.LatentSupportShare,
    ];

    public static IReadOnlyList<string> For(Comparison comparison, string rank, int days)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var notes = new List<string>();
        var reference = comparison.Reference;
        var lowerIsBetter = IndicatorDirection.LowerIsBetter(rank) ?? true;
        var label = Label(rank);
        var others = comparison.Mixes.Where(m => !m.IsReference && m.Difference(rank) is not null).ToList();

        if (comparison.Replications < FewReplications)
            notes.Add($"Only {comparison.Replications} replication{(comparison.Replications == 1 ? "" : "s")} per mix: intervals are wide or missing. Run more (--reps 10 or more) before drawing conclusions.");

        var improving = others
            .Where(m => Clear(m.Difference(rank)!.Value) && IndicatorDirection.IsImprovement(rank, m.Difference(rank)!.Value.Mean) == true)
            .OrderBy(m => lowerIsBetter ? m.Difference(rank)!.Value.Mean : -m.Difference(rank)!.Value.Mean)
            .ThenBy(m => m.Mix, StringComparer.Ordinal)
            .ToList();

        if (others.Count == 0)
        {
            notes.Add($"Only {reference} was run: there is nothing to compare it with.");
            return notes;
        }

        if (improving.Count == 0)
        {
            notes.Add($"No mix clearly changed {label} compared with {reference}: every 95% interval of the difference includes zero or points the wrong way. Add replications, or look at the other indicators.");
        }
        else
        {
            var best = improving[0];
            notes.Add(Effect(best, rank, reference, days));
            foreach (var m in improving.Skip(1))
                notes.Add(Effect(m, rank, reference, days));
        }

        foreach (var m in others.Where(m => Clear(m.Difference(rank)!.Value) && IndicatorDirection.IsImprovement(rank, m.Difference(rank)!.Value.Mean) == false))
        {
            var d = m.Difference(rank)!.Value;
            notes.Add($"{m.Mix} {Verb(d.Mean)} {label} by {Amount(d, rank)} compared with {reference}: a change for the worse.");
        }

        var top = improving.FirstOrDefault();
        string? otherSide = null;
        if (top is not null)
        {
            if (WhoBenefits(top, rank) is { } who) notes.Add(who);
            var other = OtherSide(rank);
            otherSide = other;
            if (other is not null && top.Difference(other) is { } o)
            {
                var otherLabel = Label(other);
                notes.Add(Clear(o)
                    ? $"{top.Mix} also {Verb(o.Mean)} {otherLabel}, by {Amount(o, other)}."
                    : $"{top.Mix} did not clearly change {otherLabel} (difference {Signed(o, other)}) within {days} days; effects on loneliness can lag effects on detection.");
            }
        }

        notes.AddRange(OtherClearEffects(comparison, others, rank, top, otherSide));

        var perEuro = improving
            .Select(m => (Mix: m, Ratio: m.CostEffectiveness(rank)?.PerTenThousandEuros ?? Ratio.NotAvailable))
            .Where(x => x.Ratio.IsAvailable && x.Mix.Difference(IndicatorNames.CostEuros) is { Mean: > 0 })
            .OrderBy(x => lowerIsBetter ? x.Ratio.Estimate : -x.Ratio.Estimate)
            .ToList();
        if (perEuro.Count > 1)
        {
            var (mix, ratio) = perEuro[0];
            notes.Add($"Per €10,000 of extra cost, {mix.Mix} bought the most: {Signed(ratio.Estimate, rank)} in {label} per €10,000 (95% CI {Signed(ratio.Lower, rank)} to {Signed(ratio.Upper, rank)}).");
        }
        return notes;
    }

    private static string Effect(MixOutcome m, string rank, string reference, int days)
    {
        var d = m.Difference(rank)!.Value;
        var text = $"{m.Mix} {Verb(d.Mean)} {Label(rank)} by {Amount(d, rank)} compared with {reference}";
        var extra = m.Difference(IndicatorNames.CostEuros)?.Mean ?? double.NaN;
        var per = m.CostEffectiveness(rank)?.PerTenThousandEuros ?? Ratio.NotAvailable;
        if (double.IsFinite(extra) && Math.Abs(extra) >= CostEffectiveness.DefaultMinimumCostEuros)
        {
            text += $", at an extra cost of {ReportFormat.Euros(extra)} over {days.ToString("N0", CultureInfo.InvariantCulture)} days";
            if (per.IsAvailable) text += $" ({Signed(per.Estimate, rank)} per €10,000)";
        }
        else
        {
            text += " at no extra cost";
        }
        return text + ".";
    }

    /// <summary>
    /// Every clear effect (95% interval excludes zero) of a mix on a <see cref="FindingIndicators"/> indicator not
    /// already stated (the rank indicator; the top mix's other side), largest change relative to the reference first.
    /// </summary>
    private static IEnumerable<string> OtherClearEffects(Comparison comparison, List<MixOutcome> others, string rank, MixOutcome? top, string? otherSide)
    {
        var reference = comparison[comparison.Reference];
        return others
            .SelectMany(m => FindingIndicators.Where(n => n != rank && !(m == top && n == otherSide))
                .Select(n => (Mix: m, Name: n, Diff: m.Difference(n))))
            .Where(x => x.Diff is { } d && Clear(d))
            .Select(x => (x.Mix, x.Name, Diff: x.Diff!.Value, Relative: Math.Abs(x.Diff!.Value.Mean / reference.Level(x.Name).Mean)))
            .OrderByDescending(x => double.IsFinite(x.Relative) ? x.Relative : double.MaxValue)
            .ThenBy(x => x.Mix.Mix, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x =>
            {
                var verdict = IndicatorDirection.IsImprovement(x.Name, x.Diff.Mean) switch
                {
                    true => ": an improvement",
                    false => ": a change for the worse",
                    _ => "",
                };
                return $"{x.Mix.Mix} {Verb(x.Diff.Mean)} {Label(x.Name)} by {Amount(x.Diff, x.Name)} compared with {comparison.Reference}{verdict}.";
            });
    }

    /// <summary>The subgroups with the largest and smallest improvement of the best mix on the rank indicator.</summary>
    private static string? WhoBenefits(MixOutcome m, string rank)
    {
        var groups = CompareReport.Subgroups
            .Select(g => (Group: g, Diff: m.Difference($"{rank}.{g}")))
            .Where(x => x.Diff is { } d && double.IsFinite(d.Mean))
            .Select(x => (x.Group, Diff: x.Diff!.Value))
            .ToList();
        if (groups.Count < 2) return null;
        var lower = IndicatorDirection.LowerIsBetter(rank) ?? true;
        var ordered = groups.OrderBy(x => lower ? x.Diff.Mean : -x.Diff.Mean).ToList();
        var most = ordered[0];
        var least = ordered[^1];
        if (IndicatorDirection.IsImprovement(rank, most.Diff.Mean) != true) return null;
        var text = $"Who benefits: with {m.Mix}, {Label(rank)} fell most among {Group(most.Group)} ({Signed(most.Diff, rank)}) and least among {Group(least.Group)} ({Signed(least.Diff, rank)})";
        if (!lower) text = text.Replace(" fell most", " rose most", StringComparison.Ordinal);
        return text + (Clear(most.Diff) ? "." : "; the subgroup intervals include zero, so take this as a hint, not a finding.");
    }

    /// <summary>The net indicator for a gap indicator and the other way round.</summary>
    private static string? OtherSide(string rank) => IndicatorCatalog.Describe(rank).Group switch
    {
        IndicatorCatalog.GapGroup => IndicatorNames.LonelyShare,
        IndicatorCatalog.NetworkGroup => IndicatorNames.HiddenNeedShare,
        _ => null,
    };

    private static bool Clear(Summary d) => d.HasInterval && (d.Lower > 0 || d.Upper < 0);

    private static string Verb(double difference) => difference < 0 ? "lowered" : "raised";

    /// <summary>"the share of residents with hidden need", "days of unmet need": the indicator's label inside a sentence.</summary>
    private static string Label(string name)
    {
        var info = IndicatorCatalog.Describe(name);
        var label = info.Label;
        label = label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
        return info.IsShare ? "the share of " + label : label;
    }

    private static string Group(string subgroup) => IndicatorCatalog.SubgroupLabel(subgroup).ToLowerInvariant() switch
    {
        "vulnerable" => "vulnerable residents",
        "not vulnerable" => "residents who are not vulnerable",
        "living alone" => "residents living alone",
        "language barrier" => "residents with a language barrier",
        "aged 75+" => "residents aged 75+",
        var other => other,
    };

    /// <summary>The size of a difference with its interval, e.g. "2.1 pp (95% CI 1.4 to 2.8 pp)".</summary>
    private static string Amount(Summary d, string name)
    {
        var share = IndicatorCatalog.Describe(name).IsShare;
        var sign = d.Mean < 0 ? -1 : 1;
        var size = Unsigned(sign * d.Mean, share);
        if (!d.HasInterval) return size;
        var a = sign * d.Lower;
        var b = sign * d.Upper;
        return $"{size} (95% CI {Unsigned(Math.Min(a, b), share)} to {Unsigned(Math.Max(a, b), share)})";
    }

    private static string Unsigned(double v, bool share)
    {
        var text = ReportFormat.Diff(Math.Abs(v), share).TrimStart('+', '\u00b1');
        return v < 0 ? "\u2212" + text : text;
    }

    private static string Signed(Summary d, string name) => Signed(d.Mean, name);

    private static string Signed(double v, string name) => ReportFormat.Diff(v, IndicatorCatalog.Describe(name).IsShare);
}
