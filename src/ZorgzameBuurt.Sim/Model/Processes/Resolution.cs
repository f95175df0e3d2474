using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.8: a referred need resolves after its service time; a light hidden need may resolve by itself;
/// until then it adds unmet-need days. A met social need lowers loneliness; a resolved referral raises trust.
/// </summary>
internal static class Resolution
{
    /// <summary>The daily check; draws from sub-stream 1 of the resident's day (only for a light hidden need).</summary>
    public static void Run(DayContext c, Partition p, int id, ulong key)
    {
        switch (c.NeedState[id])
        {
            case NeedState.Referred when c.Day >= c.NeedDue[id]:
                var r = c.R;
                r.Trust[id] = Math.Min(1f, r.Trust[id] + (float)c.World.Parameters.Hub.TrustGain);
                Resolve(c.World, p, id, HistoryKind.Resolved, -1);
                break;
            case NeedState.Hidden when c.NeedKind[id].IsLight() && DayContext.Fork(key, 1).Chance(c.SelfResolve):
                Resolve(c.World, p, id, HistoryKind.SelfResolved, -1);
                break;
        }
    }

    /// <summary>Closes the open need: counts it, books its unmet days, and relieves loneliness for a social need.</summary>
    public static void Resolve(World w, Partition p, int id, HistoryKind how, int helper)
    {
        var r = w.Residents;
        var kind = r.NeedKind[id];
        r.UnmetDays[id] += w.Day - r.NeedOnset[id];
        r.NeedState[id] = NeedState.None;
        switch (how)
        {
            case HistoryKind.SelfResolved: p.Counters.NeedsSelfResolved++; break;
            case HistoryKind.HelpedInformally:
                p.Counters.NeedsResolved++;
                p.Counters.NeedsResolvedInformally++;
                NeedOnset.Tally(r, id, p.Counters.InformalBy);
                break;
            default:
                p.Counters.NeedsResolved++;
                NeedOnset.Tally(r, id, p.Counters.ReferredBy);
                break;
        }
        if (kind == NeedKind.Social && how != HistoryKind.SelfResolved)
            r.Loneliness[id] = Math.Max(0f, r.Loneliness[id] - (float)w.Parameters.Loneliness.SocialNeedRelief);
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, how, helper, kind, default));
    }
}
