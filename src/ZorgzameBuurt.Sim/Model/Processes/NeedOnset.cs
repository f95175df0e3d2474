using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.3: needs arise with a daily hazard that rises with age (75+), living alone, a chronic condition
/// and low income. The kind is drawn from the kind shares; heavy needs are severe. While a need is open, no
/// second one arises (one need slot per resident).
/// </summary>
internal static class NeedOnset
{
    public static void Run(World w, Partition p, int id, CounterRng rng)
    {
        var r = w.Residents;
        if (r.NeedState[id] != NeedState.None) return;
        var n = w.Parameters.Needs;
        var hazard = n.Hazard;
        if (r.Age[id] == AgeBand.Age75Plus) hazard *= n.Aged75PlusFactor;
        if (r.Has(id, Traits.LivingAlone)) hazard *= n.RiskFactor;
        if (r.Has(id, Traits.ChronicCondition)) hazard *= n.RiskFactor;
        if (r.Has(id, Traits.LowIncome)) hazard *= n.RiskFactor;
        if (!rng.Chance(hazard)) return;

        var kind = DrawKind(n, rng.NextDouble());
        r.NeedKind[id] = kind;
        r.NeedState[id] = NeedState.Hidden;
        r.NeedOnset[id] = w.Day;
        r.NeedSeverity[id] = (float)(kind == NeedKind.Heavy ? rng.Uniform(0.7, 1) : rng.Uniform(0.1, 0.9));
        p.Counters.NeedsArisen++;
        Tally(w.Residents, id, p.Counters.ArisenBy);
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.NeedArose, -1, kind, default));
    }

    /// <summary>Counts an event once for each subgroup the resident belongs to.</summary>
    public static void Tally(Residents r, int id, long[] bySubgroup)
    {
        Span<int> groups = stackalloc int[8];
        var n = Indicators.Subgroup.Of(r, id, groups);
        for (var g = 0; g < n; g++) bySubgroup[groups[g]]++;
    }

    public static NeedKind DrawKind(Spec.NeedParameters n, double u)
    {
        var total = n.RightsShare + n.PracticalShare + n.SocialShare + n.CareShare + n.HeavyShare;
        u *= total;
        if ((u -= n.RightsShare) < 0) return NeedKind.Rights;
        if ((u -= n.PracticalShare) < 0) return NeedKind.Practical;
        if ((u -= n.SocialShare) < 0) return NeedKind.Social;
        if ((u -= n.CareShare) < 0) return NeedKind.Care;
        return NeedKind.Heavy;
    }

    public static double ServiceDays(Spec.NeedParameters n, NeedKind kind) => kind switch
    {
        NeedKind.Rights => n.ServiceDaysRights,
        NeedKind.Practical => n.ServiceDaysPractical,
        NeedKind.Social => n.ServiceDaysSocial,
        NeedKind.Care => n.ServiceDaysCare,
        _ => n.ServiceDaysHeavy,
    };
}
