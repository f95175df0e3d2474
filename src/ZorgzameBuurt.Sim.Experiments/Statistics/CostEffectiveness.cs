namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>
/// Change in an indicator per 1,000 euros of extra cost and per extra staff hour, relative to the baseline.
/// <para>
/// The estimate is the mean paired difference divided by the mean extra cost (× 1,000) or mean extra hours.
/// The interval is the paired t interval of the difference divided the same way: it treats the mean extra
/// cost as known and carries only the uncertainty in the effect. That is adequate when cost varies little
/// between replications (it is largely fixed by the staffing of a mix); when it varies a lot the interval
/// is too narrow and a ratio method such as Fieller's would be needed. When the mix is cheaper than the
/// baseline the divisor is negative and the bounds swap so that Lower ≤ Upper.
/// </para>
/// <para>
/// When the extra cost (hours) is closer to zero than <c>minimumCostEuros</c> (<c>minimumStaffHours</c>) the ratio
/// is meaningless — dividing by almost nothing — and is reported as NaN, shown as "n/a".
/// </para>
/// </summary>
public readonly struct CostEffectiveness
{
    /// <summary>Tables show the change per €10,000: <see cref="PerThousandEuros"/> times this.</summary>
    public const double EurosScale = 10;

    /// <summary>Tables show the change per 100 hours (paid staff plus volunteer): <see cref="PerStaffHour"/> times this.</summary>
    public const double HoursScale = 100;

    public const double DefaultMinimumCostEuros = 1.0;
    public const double DefaultMinimumStaffHours = 0.1;

    private CostEffectiveness(Summary effect, double cost, double hours, Ratio perThousand, Ratio perHour)
    {
        Effect = effect;
        MeanExtraCostEuros = cost;
        MeanExtraStaffHours = hours;
        PerThousandEuros = perThousand;
        PerStaffHour = perHour;
    }

    /// <summary>The paired difference in the indicator (alternative − baseline).</summary>
    public Summary Effect { get; }

    public double MeanExtraCostEuros { get; }

    public double MeanExtraStaffHours { get; }

    /// <summary>Indicator change per 1,000 euros of extra cost.</summary>
    public Ratio PerThousandEuros { get; }

    /// <summary>Indicator change per extra hour of work: paid staff (professional) hours plus volunteer hours.</summary>
    public Ratio PerStaffHour { get; }

    /// <summary><see cref="PerThousandEuros"/> scaled to €10,000.</summary>
    public Ratio PerTenThousandEuros => Scale(PerThousandEuros, EurosScale);

    /// <summary><see cref="PerStaffHour"/> scaled to 100 hours (paid staff plus volunteer).</summary>
    public Ratio PerHundredHours => Scale(PerStaffHour, HoursScale);

    private static Ratio Scale(Ratio r, double factor) =>
        r.IsAvailable ? new Ratio(r.Estimate * factor, r.Lower * factor, r.Upper * factor) : Ratio.NotAvailable;

    public static CostEffectiveness Compute(
        Summary effect,
        double meanExtraCostEuros,
        double meanExtraStaffHours,
        double minimumCostEuros = DefaultMinimumCostEuros,
        double minimumStaffHours = DefaultMinimumStaffHours)
    {
        if (!(minimumCostEuros >= 0)) throw new ArgumentOutOfRangeException(nameof(minimumCostEuros));
        if (!(minimumStaffHours >= 0)) throw new ArgumentOutOfRangeException(nameof(minimumStaffHours));
        return new CostEffectiveness(
            effect,
            meanExtraCostEuros,
            meanExtraStaffHours,
            Divide(effect, meanExtraCostEuros / 1000.0, minimumCostEuros / 1000.0),
            Divide(effect, meanExtraStaffHours, minimumStaffHours));
    }

    private static Ratio Divide(Summary effect, double divisor, double minimum)
    {
        if (double.IsNaN(divisor) || double.IsInfinity(divisor) || Math.Abs(divisor) < minimum || divisor == 0)
            return Ratio.NotAvailable;
        var estimate = effect.Mean / divisor;
        if (!effect.HasInterval) return new Ratio(estimate, double.NaN, double.NaN);
        var a = effect.Lower / divisor;
        var b = effect.Upper / divisor;
        return new Ratio(estimate, Math.Min(a, b), Math.Max(a, b));
    }
}
