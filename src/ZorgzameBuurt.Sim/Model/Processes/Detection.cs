using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.5: a contact with someone who has a hidden need detects it with probability
/// p = base(channel) × skill(detector) × f(tie strength) × visibility(need), with f(w) = floor + (1 − floor)·w.
/// Face-to-face and home visits detect far more than chat groups or forms (S004; S000 Ch5 §2).
/// </summary>
internal static class Detection
{
    public static double Chance(World w, int id, Channel channel, float skill, float tie)
    {
        var d = w.Parameters.Detection;
        var baseChance = channel switch
        {
            Channel.FaceToFace => d.FaceToFace,
            Channel.Phone => d.Phone,
            Channel.Chat => d.Chat,
            Channel.Form => d.Form,
            _ => d.HomeVisit,
        };
        return baseChance * skill * (d.TieFloor + (1 - d.TieFloor) * tie) * Visibility(w, id);
    }

    /// <summary>How visible the need is: rights needs mostly hidden; others scale with severity; a language barrier halves it.</summary>
    public static double Visibility(World w, int id)
    {
        var r = w.Residents;
        var d = w.Parameters.Detection;
        var v = r.NeedKind[id] == NeedKind.Rights ? d.RightsVisibility : 0.5 + 0.5 * r.NeedSeverity[id];
        return r.Has(id, Traits.LanguageBarrier) ? v * d.LanguageBarrierVisibility : v;
    }

    /// <summary>Counts a detection and its latency, and traces it.</summary>
    public static void Record(World w, Partition p, int id, int detector, Channel channel)
    {
        p.Counters.Detections++;
        p.Counters.RecordLatency(w.Day - w.Residents.NeedOnset[id]);
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.Detected, detector, w.Residents.NeedKind[id], channel));
    }
}
