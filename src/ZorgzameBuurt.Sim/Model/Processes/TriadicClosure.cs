using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.2: a strong common tie introduces two people. After a contact over a strong tie, the receiver
/// may introduce the sender to one of its own strong ties (picked by strength); both meet face to face next
/// day and form a friend tie if they had none. The receiver emits both sides (each speaking for one of the two).
/// </summary>
internal static class TriadicClosure
{
    public static void Introduce(DayContext c, ResidentBlock b, int round, int i, int friend, ref CounterRng rng)
    {
        var count = b.Ties.Count(i);
        for (var t = 0; t < 4 && count > 1; t++)
        {
            var e = b.Ties.At(i, rng.NextInt(count));
            if (e.Other == friend || e.Other >= c.ResidentCount || c.Decay.Strength(e, c.Day) < c.StrongTie) continue;
            var key = rng.NextUInt64();
            var skill = (float)c.Parameters.Detection.SkillResident;
            var late = b.Late[round];
            late.Add(Message.Contact(e.Other, friend, key, Channel.FaceToFace, skill, CardFlags.None, 0, TieKind.Friend, true));
            late.Add(Message.Contact(friend, e.Other, CounterRng.Mix(key), Channel.FaceToFace, skill, CardFlags.None, 0, TieKind.Friend, true));
            return;
        }
    }
}
