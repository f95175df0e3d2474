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
    public static void AgeSums(World w, int id)
    {
        var r = w.Residents;
        var dt = w.Day - r.SumDay[id];
        if (dt == 0) return;
        var s = r.Sums.AsSpan(id * Residents.SumKinds, Residents.SumKinds);
        for (var k = 1; k < s.Length; k++) s[k] *= w.Decay.Factor((TieKind)k, dt);
        r.SumDay[id] = w.Day;
    }

    public static float Alpha(World w, Channel channel)
    {
        var t = w.Parameters.Ties;
        return (float)(channel switch
        {
            Channel.FaceToFace or Channel.HomeVisit => t.AlphaFaceToFace,
            Channel.Phone => t.AlphaPhone,
            Channel.Chat => t.AlphaChat,
            _ => 0,
        });
    }

    /// <summary>
    /// The receiver's side of a contact: reinforce its half-edge to <paramref name="other"/>, or form one of kind
    /// <paramref name="form"/> if there is none. Returns the tie strength after the contact (0 if there is no tie).
    /// </summary>
    public static float Touch(World w, Partition p, int id, int other, Channel channel, TieKind? form)
    {
        var local = id - p.Lo;
        var i = p.Ties.Find(local, other);
        var sums = w.Residents.Sums;
        if (i >= 0)
        {
            ref var e = ref p.Ties.At(local, i);
            var now = w.Decay.Strength(e, w.Day);
            if (now < w.Parameters.Ties.DropBelow) now = (float)w.Parameters.Ties.NewTieStrength;
            var next = now + Alpha(w, channel) * (1 - now);
            if (e.Kind < TieKind.Partnership) sums[id * Residents.SumKinds + (int)e.Kind] += next - w.Decay.Strength(e, w.Day);
            e = e.WithStrength(next, w.Day);
            return next;
        }
        if (form is not { } kind) return 0;
        var start = (float)w.Parameters.Ties.NewTieStrength;
        p.Ties.Add(local, new HalfEdge(other, kind, start, w.Day));
        if (kind < TieKind.Partnership) sums[id * Residents.SumKinds + (int)kind] += start;
        if (id < other) p.Counters.TiesFormed++;
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
