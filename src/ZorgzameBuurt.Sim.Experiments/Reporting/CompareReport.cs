using System.Collections.Immutable;
using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Builds the <see cref="ReportModel"/> of a comparison: mixes ranked on one indicator with intervals, paired
/// differences and cost; time-series bands of the main gap and net indicators; subgroup effects (who benefits);
/// and plain-language notes generated from the numbers (<see cref="ReportNotes"/>).
/// </summary>
public static class CompareReport
{
    /// <summary>Indicators whose subgroup effects are reported.</summary>
    public static readonly IReadOnlyList<string> SubgroupIndicators =
    [
        IndicatorNames.HiddenNeedShare, IndicatorNames.UnmetNeedDaysPerResident, IndicatorNames.LonelyShare, IndicatorNames.IsolatedShare,
    ];

    /// <summary>The subgroups compared: vulnerable or not, living alone, language barrier, aged 75+.</summary>
    public static readonly IReadOnlyList<string> Subgroups = ["vulnerable", "not_vulnerable", "living_alone", "language_barrier", "age_75_plus"];

    public static ReportModel Build(Comparison comparison, ReportHeader header, string rankIndicator)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentException.ThrowIfNullOrWhiteSpace(rankIndicator);

        var rows = comparison.Mixes.Select(m => MixRow.From(
            m.Mix, m.Level(rankIndicator), m.CostEffectiveness(rankIndicator),
            m.CostEuros, m.ProfessionalHours, m.VolunteerHours)).ToImmutableArray();

        var series = comparison.Series.Indicators.Select(indicator => new IndicatorSeries(indicator,
            [.. comparison.Mixes.Select(m => new MixSeries(m.Mix,
                [.. comparison.Series.Of(m.Mix, indicator).Select(p => SeriesPoint.From(p.Day, p.Summary))]))]))
            .Where(s => s.Mixes.Any(m => m.Points.Length > 0))
            .ToImmutableArray();

        var effects = ImmutableArray.CreateBuilder<SubgroupEffect>();
        foreach (var indicator in SubgroupIndicators)
            foreach (var mix in comparison.Mixes.Where(m => !m.IsReference))
                foreach (var group in Subgroups)
                    if (mix.Difference($"{indicator}.{group}") is { } d)
                        effects.Add(SubgroupEffect.From(indicator, group, mix.Mix, d));

        return new ReportModel(
            header.Title, header.ScenarioName, header.ScenarioHash, header.ModelVersion, header.CreatedUtc,
            header.Days, Math.Max(1, comparison.Replications), rankIndicator,
            IndicatorDirection.LowerIsBetter(rankIndicator) ?? true,
            rows, series, effects.ToImmutable(),
            [.. ReportNotes.For(comparison, rankIndicator, header.Days)])
        {
            BaselineMix = comparison.Reference,
        };
    }
}
