using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>How people meet at a gathering: at tables (everyone with everyone at the table), in a circle (everyone
/// with everyone), or a professional talking with some of those present.</summary>
internal static class Gatherings
{
    /// <summary>Seats the (shuffled) participants at tables of <paramref name="size"/>; every pair at a table talks face
    /// to face and forms a tie of <paramref name="form"/> with chance <paramref name="tieChance"/> if it has none.</summary>
    public static void Tables(InterventionContext ctx, List<int> participants, List<int> table, int size, double tieChance, TieKind form,
        ref CounterRng rng, int sub)
    {
        var n = 0;
        size = Math.Max(2, size);
        var tables = (participants.Count + size - 1) / size;
        for (var t = 0; t < tables; t++)
        {
            table.Clear();
            // Spread the participants evenly so no one sits alone at the last table.
            for (var i = t; i < participants.Count; i += tables) table.Add(participants[i]);
            Circle(ctx, table, Channel.FaceToFace, tieChance, form, ref rng, sub, ref n);
        }
    }

    /// <summary>Everyone meets everyone in the group over <paramref name="channel"/>.</summary>
    public static void Circle(InterventionContext ctx, List<int> group, Channel channel, double tieChance, TieKind form,
        ref CounterRng rng, int sub, ref int n)
    {
        for (var a = 0; a < group.Count; a++)
            for (var b = a + 1; b < group.Count; b++)
            {
                TieKind? kind = rng.Chance(tieChance) ? form : null;
                ctx.Meet(group[a], group[b], channel, kind, ctx.KeyFor(sub, n++));
            }
    }

    /// <summary>Each professional talks face to face with up to <paramref name="talks"/> of those present.</summary>
    public static void Talks(InterventionContext ctx, int[] professionals, List<int> present, int talks, ref CounterRng rng, int sub)
    {
        if (present.Count == 0) return;
        var n = 0;
        foreach (var pro in professionals)
        {
            var start = rng.NextInt(present.Count);
            var count = Math.Min(talks, present.Count);
            for (var t = 0; t < count; t++)
            {
                var id = present[(start + t) % present.Count];
                ctx.ProfessionalMeets(pro, id, Channel.FaceToFace, ctx.KeyFor(sub, n++));
            }
        }
    }
}
