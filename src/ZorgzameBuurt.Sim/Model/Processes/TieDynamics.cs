using System.Runtime.CompilerServices;

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
    public static void AgeSums(DayContext c, ResidentBlock b, int i)
    {
        var dt = c.Day - b.SumDay[i];
        if (dt == 0) return;
        var s = b.Sums.AsSpan(i * ResidentBlock.SumKinds, ResidentBlock.SumKinds);
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
        b.SumDay[i] = c.Day;
    }

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
    public static float Touch(DayContext c, ResidentBlock b, int i, int other, Channel channel, TieKind? form)
    {
        ref var e = ref b.Ties.FindRef(i, other, out var found);
        if (found)
        {
            var before = c.Decay.Strength(e, c.Day);
            var now = before < c.DropBelow ? c.NewTieStrength : before;
            var next = now + c.Alpha[(int)channel] * (1 - now);
            var kind = e.Kind;
            if (kind < TieKind.Partnership) b.Sums[i * ResidentBlock.SumKinds + (int)kind] += next - before;
            e = e.WithStrength(next, c.Day);
            return next;
        }
        return form is { } k ? Form(c, b, i, other, channel, k) : 0;
    }

    private static float Form(DayContext c, ResidentBlock b, int i, int other, Channel channel, TieKind kind)
    {
        var start = c.NewTieStrength;
        b.Ties.Add(i, new HalfEdge(other, kind, start, c.Day));
        if (kind < TieKind.Partnership) b.Sums[i * ResidentBlock.SumKinds + (int)kind] += start;
        if (b.Lo + i < other) b.Counters.TiesFormed++;
        b.Record(i, c.Day, HistoryKind.TieFormed, other, default, channel);
        return start;
    }

    /// <summary>Drops a half-edge whose strength fell below w_min.</summary>
    public static void Drop(DayContext c, ResidentBlock b, int i, int index, float current)
    {
        var e = b.Ties.At(i, index);
        if (e.Kind < TieKind.Partnership) b.Sums[i * ResidentBlock.SumKinds + (int)e.Kind] -= current;
        b.Ties.RemoveAt(i, index);
        if (b.Lo + i < e.Other) b.Counters.TiesDropped++;
        b.Record(i, c.Day, HistoryKind.TieDropped, e.Other);
    }
}
