namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.4: a resident with a hidden need asks for help on their own with a daily probability
/// b·(1 − ask-threshold)·(0.5 + 0.5·trust), doubled when they know a contact person ("everyone offers, nobody
/// asks", S004 ch2). Someone who knows the contact person reaches the hub; others try a service cold (a cold referral).
/// </summary>
internal static class Asking
{
    /// <summary>The daily chance to ask; draws from sub-stream 3 of the resident's day.</summary>
    public static void Run(DayContext c, ResidentBlock b, int i, ulong key)
    {
        if (b.NeedState[i] != NeedState.Hidden) return;
        var chance = c.AskBase * (1 - b.AskThreshold[i]) * (0.5 + 0.5 * b.Trust[i]);
        if (b.KnowsContact[i]) chance *= 2;
        var rng = DayContext.Fork(key, 3);
        if (!rng.Chance(chance)) return;

        var id = b.Lo + i;
        b.Record(i, c.Day, HistoryKind.Asked, id, b.NeedKind[i]);
        Detection.Record(c, b, i, id, Channel.FaceToFace);
        if (b.KnowsContact[i] && c.Layout.HasHub) SignalRouting.ToHub(c, b, i, b.Outbox);
        else SignalRouting.DirectReferral(c, b, i, id, b.Outbox, ref rng);
    }
}
