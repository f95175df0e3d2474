namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident's public card: detection skill and whether they have a route to the hub (a volunteer role
/// that reports to the care director, a known contact person, or a tie to a professional of at least the
/// route strength). Republished by the owner after each delivery.
/// </summary>
internal static class Cards
{
    public static void Publish(World w, int id)
    {
        var r = w.Residents;
        var flags = CardFlags.None;
        var role = r.Role[id];
        if (role.IsInclusive()) flags |= CardFlags.Volunteer;
        if (role is Role.CaringNeighbour or Role.StreetLeader or Role.Visitor or Role.Caller or Role.Companion
            || r.KnowsContact[id]
            || r.Sums[id * Residents.SumKinds + (int)TieKind.Professional] >= w.Parameters.Routing.ProfessionalTieRoute)
            flags |= CardFlags.HasRoute;
        r.CardFlag[id] = flags;
        r.CardSkill[id] = (byte)Math.Clamp(r.Skill[id] * 255f + 0.5f, 0f, 255f);
    }
}
