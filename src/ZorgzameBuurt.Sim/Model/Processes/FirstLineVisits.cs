using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// First-line professionals (home carer, nurse, GP, pharmacist) see their clients at a rate set at synthesis;
/// a home carer or nurse comes home (home visit), a GP or pharmacist is seen face to face. The visit is a
/// contact from the professional, who may detect a hidden need (S000 Ch3 §2.6).
/// </summary>
internal static class FirstLineVisits
{
    /// <summary>The daily visit chance; draws from sub-stream 4 of the resident's day.</summary>
    public static void Run(DayContext c, Partition p, int id, ulong key)
    {
        var j = c.FirstLine[id];
        if (j < 0) return;
        var rng = DayContext.Fork(key, 4);
        if (!rng.Chance(c.VisitRate[id])) return;
        var agent = c.ProfessionalFirstId + j;
        var channel = c.ProfessionalHomeVisits[j] ? Channel.HomeVisit : Channel.FaceToFace;
        p.Outbox.Add(Message.Contact(id, agent, rng.NextUInt64(), channel, c.CardSkillOf(agent), c.CardOf(agent), c.RouteChanceOf(agent), TieKind.Professional));
    }
}
