using static ZorgzameBuurt.Sim.Indicators.IndicatorNames;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>Which way is better for an indicator (MODEL.md §6), for ranking mixes and wording findings.</summary>
public static class IndicatorDirection
{
    /// <summary>Derived indicator added by the analysis: professional plus volunteer hours of a run.</summary>
    public const string StaffHours = "staff_hours";

    private static readonly HashSet<string> Lower = new(StringComparer.Ordinal)
    {
        HiddenNeedShare, UnmetNeedDays, DetectionLatencyDays, DetectionLatencyDaysP90, SignalsLost, RightsNotTakenUp,
        LonelyShare, MeanLoneliness, IsolatedShare, VolunteerDropouts, UnmetNeedDaysPerResident, CostEuros, WaitingNeedShare, WaitsExpired,
    };

    private static readonly HashSet<string> Higher = new(StringComparer.Ordinal)
    {
        ReferralSuccessRate, NeedsResolved, WeakTieDensity, MeanBelonging, LatentSupportShare, InclusiveRoles, PartnershipDensity,
        PeopleReached, VulnerableReached, NeedsResolvedInformally,
    };

    /// <summary>
    /// True when lower is better, false when higher is better, null when neither (counts of activity such as
    /// contacts or hours). A subgroup indicator (<c>lonely_share.living_alone</c>) goes the way of its indicator.
    /// </summary>
    public static bool? LowerIsBetter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var root = BaseName(name);
        return Lower.Contains(root) ? true : Higher.Contains(root) ? false : null;
    }

    /// <summary><c>lonely_share</c> for <c>lonely_share.living_alone</c>; <c>cost_euros</c> for <c>restaurant.cost_euros</c>.</summary>
    public static string BaseName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return name;
        var head = name[..dot];
        return Lower.Contains(head) || Higher.Contains(head) ? head : name[(name.LastIndexOf('.') + 1)..];
    }

    /// <summary>True when <paramref name="difference"/> (mix − reference) is an improvement; null when the direction is unknown.</summary>
    public static bool? IsImprovement(string name, double difference)
    {
        if (LowerIsBetter(name) is not { } lower || !double.IsFinite(difference) || difference == 0) return null;
        return lower ? difference < 0 : difference > 0;
    }
}
