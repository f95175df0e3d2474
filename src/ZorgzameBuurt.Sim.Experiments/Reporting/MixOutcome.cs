using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// One mix of a comparison summarised over its replications: every end indicator's mean with its 95% interval and,
/// against the reference mix, the paired difference (mix − reference, replication by replication) and the
/// cost-effectiveness (change per €1,000 of extra <c>cost_euros</c> and per extra staff hour, staff hours being
/// <c>professional_hours + volunteer_hours</c>).
/// </summary>
public sealed class MixOutcome
{
    private readonly Dictionary<string, PairedDifference> _differences = new(StringComparer.Ordinal);

    internal MixOutcome(string mix, bool isReference)
    {
        Mix = mix;
        IsReference = isReference;
    }

    public string Mix { get; }

    public bool IsReference { get; }

    /// <summary>End indicators over replications (plus the derived <see cref="IndicatorDirection.StaffHours"/>).</summary>
    public IndicatorStats Levels { get; } = new();

    public int Runs => Levels.Runs;

    public Summary Level(string name) => Levels.Summary(name);

    /// <summary>The paired difference mix − reference; null for the reference itself or when the reference lacks the indicator.</summary>
    public Summary? Difference(string name) =>
        !IsReference && _differences.TryGetValue(name, out var d) && d.Count > 0 ? d.Difference() : null;

    /// <summary>Change in <paramref name="name"/> per €1,000 and per staff hour against the reference; null for the reference.</summary>
    public CostEffectiveness? CostEffectiveness(string name)
    {
        if (Difference(name) is not { } effect) return null;
        var cost = Difference(IndicatorNames.CostEuros)?.Mean ?? double.NaN;
        var hours = Difference(IndicatorDirection.StaffHours)?.Mean ?? double.NaN;
        return Statistics.CostEffectiveness.Compute(effect, cost, hours);
    }

    /// <summary>Mean cost in euros over replications.</summary>
    public double CostEuros => Level(IndicatorNames.CostEuros).Mean;

    public double ProfessionalHours => Level(IndicatorNames.ProfessionalHours).Mean;

    public double VolunteerHours => Level(IndicatorNames.VolunteerHours).Mean;

    internal void AddDifference(string name, double reference, double value)
    {
        if (!_differences.TryGetValue(name, out var d)) _differences[name] = d = new PairedDifference();
        d.Add(reference, value);
    }
}
