using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.2: a strong common tie introduces two people. After a contact over a strong tie, the receiver
/// may introduce the sender to one of its own strong ties (picked by strength); both meet face to face next
/// day and form a friend tie if they had none.
/// </summary>
internal static class TriadicClosure
{
    private const float Strong = 0.5f;

    public static void Introduce(World w, Partition p, int id, int friend, ref CounterRng rng)
    {
        var local = id - p.Lo;
        var count = p.Ties.Count(local);
        for (var t = 0; t < 4 && count > 1; t++)
        {
            var e = p.Ties.At(local, rng.NextInt(count));
            if (e.Other == friend || !w.IsResident(e.Other) || w.Decay.Strength(e, w.Day) < Strong) continue;
            var key = rng.NextUInt64();
            var skill = (float)w.Parameters.Detection.SkillResident;
            p.Late.Add(Message.Contact(e.Other, friend, key, Channel.FaceToFace, skill, CardFlags.None, 0, TieKind.Friend, true));
            p.Late.Add(Message.Contact(friend, e.Other, CounterRng.Mix(key), Channel.FaceToFace, skill, CardFlags.None, 0, TieKind.Friend, true));
            return;
        }
    }
}
