namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// First-line professionals (home carer, nurse, GP, pharmacist) see their clients at a rate set at synthesis;
/// a home carer or nurse comes home (home visit), a GP or pharmacist is seen face to face. The visit is a
/// contact from the professional, who may detect a hidden need (S000 Ch3 §2.6), carrying the card the professional
/// published for the day.
/// </summary>
internal static class FirstLineVisits
{
    /// <summary>The daily visit chance; draws from sub-stream 4 of the resident's day.</summary>
    public static void Run(DayContext c, ResidentBlock b, int i, ulong key)
    {
        var j = b.FirstLine[i];
        if (j < 0) return;
        var rng = DayContext.Fork(key, 4);
        if (!rng.Chance(b.VisitRate[i])) return;
        var agent = c.ProfessionalFirstId + j;
        var channel = c.ProfessionalHomeVisits[j] ? Channel.HomeVisit : Channel.FaceToFace;
        var d = c.Data;
        b.Outbox.Add(Message.Contact(b.Lo + i, agent, rng.NextUInt64(), channel, d.ProfessionalSkill[j], d.ProfessionalCard[j], d.ProfessionalRoute[j], TieKind.Professional));
    }
}
