using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.3: needs arise with a daily hazard that rises with age (75+), living alone, a chronic condition
/// and low income. The kind is drawn from the kind shares; the severity is uniform in the kind's range (heavy needs
/// are severe: heavy_severity_min–max, other kinds other_severity_min–max). While a need is open, no
/// second one arises (one need slot per resident). The hazard of each trait combination is tabulated once.
/// </summary>
internal static class NeedOnset
{
    /// <summary>The daily onset; draws from sub-stream 2 of the resident's day.</summary>
    public static void Run(DayContext c, ResidentBlock b, int i, ulong key)
    {
        if (b.NeedState[i] != NeedState.None) return;
        var rng = DayContext.Fork(key, 2);
        if (!rng.Chance(c.Hazard[DayContext.HazardIndex(b.Age[i], b.Trait[i])])) return;
        Arise(c, b, i, ref rng);
    }

    /// <summary>
    /// The stock of open needs at the start, so that a run starts near its steady state instead of with nobody in
    /// need: a resident with daily hazard h has a hidden need with chance h·D/(1 + h·D), D = the mean days a need
    /// stays open. These needs count as arisen on day 0.
    /// </summary>
    public static void SeedStock(DayContext c, ResidentBlock b, int i)
    {
        var days = c.Parameters.Needs.InitialOpenDays;
        if (days <= 0) return;
        var open = c.Hazard[DayContext.HazardIndex(b.Age[i], b.Trait[i])] * days;
        var rng = CounterRng.For(c.Seed, StreamPurpose.Synthesis, (8L << 40) | (uint)(b.Lo + i), 0);
        if (rng.Chance(open / (1 + open))) Arise(c, b, i, ref rng);
    }

    internal static void Arise(DayContext c, ResidentBlock b, int i, ref CounterRng rng)
    {
        var n = c.Parameters.Needs;
        var kind = DrawKind(n, rng.NextDouble());
        b.NeedKind[i] = kind;
        b.NeedState[i] = NeedState.Hidden;
        b.NeedOnset[i] = c.Day;
        b.NeedSeverity[i] = (float)(kind == NeedKind.Heavy ? rng.Uniform(n.HeavySeverityMin, n.HeavySeverityMax) : rng.Uniform(n.OtherSeverityMin, n.OtherSeverityMax));
        b.Counters.NeedsArisen++;
        Tally(b, i, b.Counters.ArisenBy);
        b.Record(i, c.Day, HistoryKind.NeedArose, -1, kind);
    }

    /// <summary>Counts an event once for each subgroup the resident belongs to.</summary>
    public static void Tally(ResidentBlock b, int i, long[] bySubgroup)
    {
        Span<int> groups = stackalloc int[8];
        var n = Indicators.Subgroup.Of(b.Age[i], b.Trait[i], groups);
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
