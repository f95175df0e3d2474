using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.5: a contact with someone who has a hidden need detects it with probability
/// p = base(channel) × skill(detector) × f(tie strength) × visibility(need), with f(w) = floor + (1 − floor)·w.
/// Face-to-face and home visits detect far more than chat groups or forms (S004; S000 Ch5 §2).
/// </summary>
internal static class Detection
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Chance(DayContext c, ResidentBlock b, int i, Channel channel, float skill, float tie) =>
        c.DetectionBase[(int)channel] * skill * (c.TieFloor + (1 - c.TieFloor) * tie) * Visibility(c, b, i);

    public static double BaseOf(Spec.DetectionParameters d, Channel channel) => channel switch
    {
        Channel.FaceToFace => d.FaceToFace,
        Channel.Phone => d.Phone,
        Channel.Chat => d.Chat,
        Channel.Form => d.Form,
        _ => d.HomeVisit,
    };

    /// <summary>How visible the need is: rights needs mostly hidden; others rise with severity from a floor; a language barrier lowers it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Visibility(DayContext c, ResidentBlock b, int i)
    {
        var v = b.NeedKind[i] == NeedKind.Rights ? c.RightsVisibility : c.VisibilityFloor + c.VisibilitySlope * b.NeedSeverity[i];
        return (b.Trait[i] & Traits.LanguageBarrier) != 0 ? v * c.LanguageBarrierVisibility : v;
    }

    /// <summary>Counts a detection and its latency, and traces it.</summary>
    public static void Record(DayContext c, ResidentBlock b, int i, int detector, Channel channel)
    {
        b.Counters.Detections++;
        b.Counters.RecordLatency(c.Day - b.NeedOnset[i]);
        b.Record(i, c.Day, HistoryKind.Detected, detector, b.NeedKind[i], channel);
    }
}
