using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.3: needs arise with a daily hazard that rises with age (75+), living alone, a chronic condition
/// and low income. The kind is drawn from the kind shares; heavy needs are severe. While a need is open, no
/// second one arises (one need slot per resident). The hazard of each trait combination is tabulated once a day.
/// </summary>
internal static class NeedOnset
{
    /// <summary>The daily onset; draws from sub-stream 2 of the resident's day.</summary>
    public static void Run(DayContext c, Partition p, int id, ulong key)
    {
        if (c.NeedState[id] != NeedState.None) return;
        var rng = DayContext.Fork(key, 2);
        if (!rng.Chance(c.Hazard[DayContext.HazardIndex(c.Age[id], c.Trait[id])])) return;
        Arise(c.World, p, id, ref rng);
    }

    /// <summary>
    /// The stock of open needs at the start, so that a run starts near its steady state instead of with nobody in
    /// need: a resident with daily hazard h has a hidden need with chance h·D/(1 + h·D), D = the mean days a need
    /// stays open. These needs count as arisen on day 0.
    /// </summary>
    public static void SeedStock(World w, Partition p, int id, double[] hazardByIndex)
    {
        var days = w.Parameters.Needs.InitialOpenDays;
        if (days <= 0) return;
        var r = w.Residents;
        var open = hazardByIndex[DayContext.HazardIndex(r.Age[id], r.Trait[id])] * days;
        var rng = CounterRng.For(w.Seed, StreamPurpose.Synthesis, (8L << 40) | (uint)id, 0);
        if (rng.Chance(open / (1 + open))) Arise(w, p, id, ref rng);
    }

    private static void Arise(World w, Partition p, int id, ref CounterRng rng)
    {
        var r = w.Residents;
        var n = w.Parameters.Needs;
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
