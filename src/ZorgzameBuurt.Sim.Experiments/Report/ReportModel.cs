using System.Collections.Immutable;
using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Experiments.Report;

/// <summary>
/// Everything <see cref="ReportWriter"/> puts into <c>report.html</c>: the run's identity, the intervention mixes
/// ranked on one indicator, time series with 95% bands, subgroup effects and plain-language findings.
/// All numbers are already summarised over replications; the writer does no statistics, only ranking and layout.
/// Non-finite numbers (NaN, ±∞) are shown as "–".
/// </summary>
/// <param name="Title">Heading of the report, e.g. "Zorgzame buurt Noord: intervention mixes".</param>
/// <param name="ScenarioName">Name of the scenario file or spec.</param>
/// <param name="ScenarioHash">Content hash of the scenario spec, so a reader can tell two runs apart.</param>
/// <param name="ModelVersion">Version of the simulation model.</param>
/// <param name="CreatedUtc">When the experiment was summarised (shown in UTC).</param>
/// <param name="Days">Simulated days per replication.</param>
/// <param name="Replications">Replications per mix.</param>
/// <param name="RankIndicator">Indicator name (snake_case) the mixes are ranked on, e.g. <c>hidden_need_share</c>.</param>
/// <param name="LowerIsBetter">Whether a lower value of <paramref name="RankIndicator"/> is better.</param>
/// <param name="Mixes">One row per mix, baseline included; order does not matter, the writer ranks them.</param>
/// <param name="Series">Per indicator, per mix, the mean and 95% band per day.</param>
/// <param name="SubgroupEffects">Difference vs baseline per indicator, subgroup and mix, with 95% interval.</param>
/// <param name="Notes">Plain-language findings shown at the top, in the given order.</param>
public sealed record ReportModel(
    string Title,
    string ScenarioName,
    string ScenarioHash,
    string ModelVersion,
    DateTimeOffset CreatedUtc,
    int Days,
    int Replications,
    string RankIndicator,
    bool LowerIsBetter,
    ImmutableArray<MixRow> Mixes,
    ImmutableArray<IndicatorSeries> Series,
    ImmutableArray<SubgroupEffect> SubgroupEffects,
    ImmutableArray<string> Notes)
{
    /// <summary>Name of the reference mix that differences are taken against.</summary>
    public string BaselineMix { get; init; } = "baseline";

    /// <summary>Effects where they happen: one sentence per mix and metric among the residents the mix reached (<see cref="Reporting.ReachedEffect"/>).</summary>
    public ImmutableArray<string> WhereItHappens { get; init; } = [];

    /// <summary>
    /// The mixes in rank order on <see cref="RankIndicator"/>: best mean first (ascending when
    /// <see cref="LowerIsBetter"/>), ties and missing means broken by name; missing means last.
    /// </summary>
    public ImmutableArray<MixRow> RankedMixes()
    {
        var rows = Mixes.IsDefault ? [] : Mixes;
        return [.. rows.OrderBy(r => double.IsFinite(r.Mean) ? 0 : 1)
            .ThenBy(r => double.IsFinite(r.Mean) ? (LowerIsBetter ? r.Mean : -r.Mean) : 0)
            .ThenBy(r => r.Mix, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Checks the model is consistent enough to render: non-empty identity fields, positive days and
    /// replications, unique mix names, intervals with low ≤ high, series points in day order. Throws
    /// <see cref="ArgumentException"/> naming the first problem.
    /// </summary>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Title), "Title is empty.");
        Require(!string.IsNullOrWhiteSpace(RankIndicator), "RankIndicator is empty.");
        Require(!string.IsNullOrWhiteSpace(BaselineMix), "BaselineMix is empty.");
        Require(Days > 0, $"Days must be positive (was {Days}).");
        Require(Replications > 0, $"Replications must be positive (was {Replications}).");
        Require(!Mixes.IsDefaultOrEmpty, "Mixes is empty.");

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in Mixes)
        {
            Require(m is not null, "Mixes contains null.");
            Require(!string.IsNullOrWhiteSpace(m!.Mix), "A mix has an empty name.");
            Require(names.Add(m.Mix), $"Mix '{m.Mix}' appears twice.");
            RequireInterval(m.Low, m.High, $"mix '{m.Mix}'");
            RequireInterval(m.DiffLow, m.DiffHigh, $"difference of mix '{m.Mix}'");
        }

        if (!Series.IsDefault)
        {
            var indicators = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in Series)
            {
                Require(s is not null && !string.IsNullOrWhiteSpace(s.Indicator), "A series has no indicator name.");
                Require(indicators.Add(s!.Indicator), $"Series '{s.Indicator}' appears twice.");
                foreach (var ms in s.Mixes.IsDefault ? [] : s.Mixes)
                {
                    Require(ms is not null && !string.IsNullOrWhiteSpace(ms.Mix), $"Series '{s.Indicator}' has a mix without a name.");
                    var lastDay = int.MinValue;
                    foreach (var p in ms!.Points.IsDefault ? [] : ms.Points)
                    {
                        Require(p.Day > lastDay, $"Series '{s.Indicator}', mix '{ms.Mix}': days must increase (day {p.Day}).");
                        lastDay = p.Day;
                        RequireInterval(p.Low, p.High, $"series '{s.Indicator}', mix '{ms.Mix}', day {p.Day}");
                    }
                }
            }
        }

        foreach (var e in SubgroupEffects.IsDefault ? [] : SubgroupEffects)
        {
            Require(e is not null && !string.IsNullOrWhiteSpace(e.Indicator) && !string.IsNullOrWhiteSpace(e.Subgroup)
                && !string.IsNullOrWhiteSpace(e.Mix), "A subgroup effect has an empty indicator, subgroup or mix.");
            RequireInterval(e!.Low, e.High, $"subgroup effect {e.Indicator}/{e.Subgroup}/{e.Mix}");
        }
    }

    private static void RequireInterval(double? low, double? high, string what)
    {
        if (low is { } l && high is { } h && double.IsFinite(l) && double.IsFinite(h))
            Require(l <= h, $"Interval of {what} has low {l} above high {h}.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ArgumentException($"Invalid report model: {message}");
    }
}

/// <summary>
/// One intervention mix on the rank indicator, with its paired difference against the baseline and its cost.
/// </summary>
/// <param name="Mix">Mix name, e.g. <c>restaurant+call_round</c>.</param>
/// <param name="Mean">Mean of the rank indicator over replications.</param>
/// <param name="Low">Lower end of the 95% interval of that mean.</param>
/// <param name="High">Upper end of the 95% interval of that mean.</param>
/// <param name="DiffVsBaseline">Mean paired difference (mix − baseline) over replications; null for the baseline itself.</param>
/// <param name="DiffLow">Lower end of the 95% interval of the difference.</param>
/// <param name="DiffHigh">Upper end of the 95% interval of the difference.</param>
/// <param name="CostEuros">Total cost of the mix over the run, in euros.</param>
/// <param name="StaffHours">Paid staff hours over the run.</param>
/// <param name="VolunteerHours">Volunteer hours over the run.</param>
/// <param name="EffectPer1000Euros">Change in the rank indicator (mix − baseline, same sign as the difference) per €1,000 of
/// extra cost, as <see cref="CostEffectiveness.PerThousandEuros"/>; null or NaN when not available (no extra cost).</param>
/// <param name="EffectPerStaffHour">Change in the rank indicator per extra staff hour, as
/// <see cref="CostEffectiveness.PerStaffHour"/>; null or NaN when not available.</param>
public sealed record MixRow(
    string Mix,
    double Mean,
    double Low,
    double High,
    double? DiffVsBaseline,
    double? DiffLow,
    double? DiffHigh,
    double CostEuros,
    double StaffHours,
    double VolunteerHours,
    double? EffectPer1000Euros,
    double? EffectPerStaffHour)
{
    /// <summary>
    /// A row from the Statistics results: <paramref name="level"/> is the mix's summary on the rank indicator,
    /// <paramref name="costEffectiveness"/> its paired difference vs baseline with the ratios (omit both for the
    /// baseline itself). Intervals that are not defined (one replication) become NaN and show as "–".
    /// </summary>
    public static MixRow From(string mix, Summary level, CostEffectiveness? costEffectiveness,
        double costEuros, double staffHours, double volunteerHours)
    {
        var ce = costEffectiveness;
        return new MixRow(mix, level.Mean, level.Lower, level.Upper,
            ce?.Effect.Mean, ce?.Effect.Lower, ce?.Effect.Upper,
            costEuros, staffHours, volunteerHours,
            ce?.PerThousandEuros.Estimate, ce?.PerStaffHour.Estimate);
    }
}

/// <summary>One indicator over time: per mix a daily mean with 95% band.</summary>
/// <param name="Indicator">Indicator name (snake_case), e.g. <c>lonely_share</c>.</param>
/// <param name="Mixes">One line per mix.</param>
public sealed record IndicatorSeries(string Indicator, ImmutableArray<MixSeries> Mixes);

/// <summary>The points of one mix in an <see cref="IndicatorSeries"/>, in increasing day order.</summary>
public sealed record MixSeries(string Mix, ImmutableArray<SeriesPoint> Points);

/// <summary>Mean over replications on one day, with the 95% interval of that mean.</summary>
public readonly record struct SeriesPoint(int Day, double Mean, double Low, double High)
{
    /// <summary>The point of day <paramref name="day"/> from a Statistics summary over replications.</summary>
    public static SeriesPoint From(int day, Summary summary) => new(day, summary.Mean, summary.Lower, summary.Upper);
}

/// <summary>
/// Difference (mix − baseline) of one indicator within one subgroup, e.g. <c>lonely_share</c> among
/// <c>living_alone</c> residents, with its 95% interval.
/// </summary>
public sealed record SubgroupEffect(string Indicator, string Subgroup, string Mix, double Diff, double Low, double High)
{
    /// <summary>The effect from a paired difference (mix − baseline) summarised over replications.</summary>
    public static SubgroupEffect From(string indicator, string subgroup, string mix, Summary difference) =>
        new(indicator, subgroup, mix, difference.Mean, difference.Lower, difference.Upper);
}
