namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.8: a need in service resolves after its service time; a light hidden need may resolve by itself;
/// until then it adds unmet-need days. A met social need lowers loneliness; a resolved referral raises trust, an
/// expired wait lowers it and raises the threshold to ask (MODEL.md §3.7).
/// </summary>
internal static class Resolution
{
    /// <summary>The daily check; draws from sub-stream 1 of the resident's day (only for a light hidden need).</summary>
    public static void Run(DayContext c, ResidentBlock b, int i, ulong key)
    {
        switch (b.NeedState[i])
        {
            case NeedState.InService when c.Day >= b.NeedDue[i]:
                b.Trust[i] = Math.Min(1f, b.Trust[i] + (float)c.Parameters.Hub.TrustGain);
                Resolve(c, b, i, HistoryKind.Resolved, -1);
                break;
            case NeedState.Hidden when b.NeedKind[i].IsLight() && DayContext.Fork(key, 1).Chance(c.SelfResolve):
                Resolve(c, b, i, HistoryKind.SelfResolved, -1);
                break;
        }
    }

    /// <summary>The wait at service <paramref name="service"/> ran out: the need is hidden again, and the resident
    /// trusts services less and hesitates more to ask.</summary>
    public static void Expire(DayContext c, ResidentBlock b, int i, int service)
    {
        var s = c.Parameters.Services;
        b.NeedState[i] = NeedState.Hidden;
        b.Trust[i] = Math.Max(0f, b.Trust[i] - (float)s.ExpiredTrustLoss);
        b.AskThreshold[i] = Math.Min(1f, b.AskThreshold[i] + (float)s.ExpiredAskThresholdRise);
        b.Record(i, c.Day, HistoryKind.WaitExpired, service, b.NeedKind[i]);
    }

    /// <summary>Closes the open need: counts it, books its unmet days, and relieves loneliness for a social need.</summary>
    public static void Resolve(DayContext c, ResidentBlock b, int i, HistoryKind how, int helper)
    {
        var kind = b.NeedKind[i];
        b.UnmetDays[i] += c.Day - b.NeedOnset[i];
        b.NeedState[i] = NeedState.None;
        var counters = b.Counters;
        switch (how)
        {
            case HistoryKind.SelfResolved: counters.NeedsSelfResolved++; break;
            case HistoryKind.HelpedInformally:
                counters.NeedsResolved++;
                counters.NeedsResolvedInformally++;
                NeedOnset.Tally(b, i, counters.InformalBy);
                break;
            default:
                counters.NeedsResolved++;
                NeedOnset.Tally(b, i, counters.ReferredBy);
                break;
        }
        if (kind == NeedKind.Social && how != HistoryKind.SelfResolved)
            b.Loneliness[i] = Math.Max(0f, b.Loneliness[i] - (float)c.Parameters.Loneliness.SocialNeedRelief);
        b.Record(i, c.Day, how, helper, kind);
    }
}
