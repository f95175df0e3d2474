using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.4: a resident with a hidden need asks for help on their own with a daily probability
/// b·(1 − ask-threshold)·(0.5 + 0.5·trust), doubled when they know a contact person ("everyone offers, nobody
/// asks", S004 ch2). Someone who knows the contact person reaches the hub; others try a service cold.
/// </summary>
internal static class Asking
{
    /// <summary>The daily chance to ask; draws from sub-stream 3 of the resident's day.</summary>
    public static void Run(DayContext c, Partition p, int id, ulong key)
    {
        if (c.NeedState[id] != NeedState.Hidden) return;
        var r = c.R;
        var chance = c.AskBase * (1 - r.AskThreshold[id]) * (0.5 + 0.5 * r.Trust[id]);
        if (r.KnowsContact[id]) chance *= 2;
        var rng = DayContext.Fork(key, 3);
        if (!rng.Chance(chance)) return;

        var w = c.World;
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.Asked, id, r.NeedKind[id], default));
        Detection.Record(w, p, id, id, Channel.FaceToFace);
        if (r.KnowsContact[id] && w.HasHub) SignalRouting.ToHub(w, p, id, rng.NextUInt64(), p.Outbox);
        else SignalRouting.DirectReferral(w, p, id, id, ref rng);
    }
}
