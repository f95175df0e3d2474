using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// First-line professionals (home carer, nurse, GP, pharmacist) see their clients at a rate set at synthesis;
/// a home carer or nurse comes home (home visit), a GP or pharmacist is seen face to face. The visit is a
/// contact from the professional, who may detect a hidden need (S000 Ch3 §2.6).
/// </summary>
internal static class FirstLineVisits
{
    public static void Run(World w, Partition p, int id, CounterRng rng)
    {
        var r = w.Residents;
        var j = r.FirstLine[id];
        if (j < 0 || !rng.Chance(r.VisitRate[id])) return;
        var agent = w.Professionals.FirstId + j;
        var channel = w.Professionals.Kind[j] is ProfessionalKind.HomeCarer or ProfessionalKind.Nurse ? Channel.HomeVisit : Channel.FaceToFace;
        p.Outbox.Add(Message.Contact(id, agent, rng.NextUInt64(), channel, w.CardSkill(agent), w.CardOf(agent), w.RouteChance(agent), TieKind.Professional));
    }
}
