using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.5: a contact with someone who has a hidden need detects it with probability
/// p = base(channel) × skill(detector) × f(tie strength) × visibility(need), with f(w) = floor + (1 − floor)·w.
/// Face-to-face and home visits detect far more than chat groups or forms (S004; S000 Ch5 §2).
/// </summary>
internal static class Detection
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Chance(DayContext c, int id, Channel channel, float skill, float tie) =>
        c.DetectionBase[(int)channel] * skill * (c.TieFloor + (1 - c.TieFloor) * tie) * Visibility(c, id);

    public static double Chance(World w, int id, Channel channel, float skill, float tie) =>
        Chance(w.FreshContext(), id, channel, skill, tie);

    public static double BaseOf(Spec.DetectionParameters d, Channel channel) => channel switch
    {
        Channel.FaceToFace => d.FaceToFace,
        Channel.Phone => d.Phone,
        Channel.Chat => d.Chat,
        Channel.Form => d.Form,
        _ => d.HomeVisit,
    };

    /// <summary>How visible the need is: rights needs mostly hidden; others scale with severity; a language barrier halves it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Visibility(DayContext c, int id)
    {
        var v = c.NeedKind[id] == NeedKind.Rights ? c.RightsVisibility : 0.5 + 0.5 * c.NeedSeverity[id];
        return (c.Trait[id] & Traits.LanguageBarrier) != 0 ? v * c.LanguageBarrierVisibility : v;
    }

    public static double Visibility(World w, int id) => Visibility(w.FreshContext(), id);

    /// <summary>Counts a detection and its latency, and traces it.</summary>
    public static void Record(World w, Partition p, int id, int detector, Channel channel)
    {
        p.Counters.Detections++;
        p.Counters.RecordLatency(w.Day - w.Residents.NeedOnset[id]);
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.Detected, detector, w.Residents.NeedKind[id], channel));
    }
}
