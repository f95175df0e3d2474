namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.7, warm referral: success = base + w_trust·trust + w_partnership·partnership − penalty·km,
/// with the distance penalty doubled for limited mobility ("professionals know each other → smoother
/// referral", S002 tool 1).
/// </summary>
internal static class Referral
{
    public static double SuccessChance(World w, int resident, double trust, double partnership)
    {
        var h = w.Parameters.Hub;
        var r = w.Residents;
        var km = w.Space.DistanceToService(r.Settlement[resident]);
        if (double.IsPositiveInfinity(km)) km = 20;
        var penalty = h.DistancePenaltyPerKm * km * (r.Has(resident, Traits.LimitedMobility) ? 2 : 1);
        return Math.Clamp(h.ReferralBase + h.ReferralTrust * trust + h.ReferralPartnership * partnership - penalty, 0, 1);
    }
}
