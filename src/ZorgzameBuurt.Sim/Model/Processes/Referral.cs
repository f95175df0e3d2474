namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.7, warm referral: success = base + w_trust·trust + w_partnership·partnership − penalty·km,
/// with the distance penalty doubled for limited mobility ("professionals know each other → smoother
/// referral", S002 tool 1). The km is the day's distance from the resident's settlement to a service point.
/// </summary>
internal static class Referral
{
    public static double SuccessChance(DayContext c, int settlement, bool limitedMobility, double trust, double partnership)
    {
        var h = c.Parameters.Hub;
        var km = c.Data.ServiceKm[settlement];
        var penalty = h.DistancePenaltyPerKm * km * (limitedMobility ? 2 : 1);
        return Math.Clamp(h.ReferralBase + h.ReferralTrust * trust + h.ReferralPartnership * partnership - penalty, 0, 1);
    }
}
