using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.2: a contact reinforces a tie, w ← w + α_channel·(1 − w); without contact a tie decays in
/// closed form with its kind's half-life and is dropped below w_min. A resident's per-kind strength sums
/// decay with the same factors and change only when one of its ties does.
/// </summary>
internal static class TieDynamics
{
    /// <summary>Brings a resident's strength sums to today (one multiplication per kind).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AgeSums(DayContext c, int id)
    {
        var dt = c.Day - c.SumDay[id];
        if (dt == 0) return;
        var s = c.Sums.AsSpan(id * Residents.SumKinds, Residents.SumKinds);
        if (dt == 1)
        {
            var f = c.OneDay;
            s[1] *= f[1];
            s[2] *= f[2];
            s[3] *= f[3];
            s[4] *= f[4];
            s[5] *= f[5];
        }
        else
            for (var k = 1; k < s.Length; k++) s[k] *= c.Decay.Factor((TieKind)k, dt);
        c.SumDay[id] = c.Day;
    }

    public static void AgeSums(World w, int id) => AgeSums(w.FreshContext(), id);

    public static float Alpha(World w, Channel channel) => AlphaOf(w.Parameters.Ties, channel);

    public static float AlphaOf(Spec.TieParameters t, Channel channel) => (float)(channel switch
    {
        Channel.FaceToFace or Channel.HomeVisit => t.AlphaFaceToFace,
        Channel.Phone => t.AlphaPhone,
        Channel.Chat => t.AlphaChat,
        _ => 0,
    });

    /// <summary>
    /// The receiver's side of a contact: reinforce its half-edge to <paramref name="other"/>, or form one of kind
    /// <paramref name="form"/> if there is none. Returns the tie strength after the contact (0 if there is no tie).
    /// </summary>
    public static float Touch(DayContext c, Partition p, int id, int other, Channel channel, TieKind? form)
    {
        ref var e = ref p.Ties.FindRef(id - p.Lo, other, out var found);
        if (found)
        {
            var before = c.Decay.Strength(e, c.Day);
            var now = before < c.DropBelow ? c.NewTieStrength : before;
            var next = now + c.Alpha[(int)channel] * (1 - now);
            var kind = e.Kind;
            if (kind < TieKind.Partnership) c.Sums[id * Residents.SumKinds + (int)kind] += next - before;
            e = e.WithStrength(next, c.Day);
            return next;
        }
        return form is { } k ? Form(c, p, id, other, channel, k) : 0;
    }

    public static float Touch(World w, Partition p, int id, int other, Channel channel, TieKind? form) =>
        Touch(w.FreshContext(), p, id, other, channel, form);

    private static float Form(DayContext c, Partition p, int id, int other, Channel channel, TieKind kind)
    {
        var start = c.NewTieStrength;
        p.Ties.Add(id - p.Lo, new HalfEdge(other, kind, start, c.Day));
        if (kind < TieKind.Partnership) c.Sums[id * Residents.SumKinds + (int)kind] += start;
        if (id < other) p.Counters.TiesFormed++;
        var w = c.World;
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.TieFormed, other, default, channel));
        return start;
    }

    /// <summary>Drops a half-edge whose strength fell below w_min.</summary>
    public static void Drop(World w, Partition p, int id, int index, float current)
    {
        var local = id - p.Lo;
        var e = p.Ties.At(local, index);
        if (e.Kind < TieKind.Partnership) w.Residents.Sums[id * Residents.SumKinds + (int)e.Kind] -= current;
        p.Ties.RemoveAt(local, index);
        if (id < e.Other) p.Counters.TiesDropped++;
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.TieDropped, e.Other, default, default));
    }
}
