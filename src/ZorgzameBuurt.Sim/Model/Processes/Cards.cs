namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident's public card: detection skill and whether they have a route to the hub (a volunteer role
/// that reports to the care director, a known contact person, or a tie to a professional of at least the
/// route strength). Republished by the owner after each delivery.
/// </summary>
internal static class Cards
{
    /// <summary>Roles that report to the care director: caring neighbour, caller, visitor, street leader, companion.</summary>
    private const int RouteRoles = (1 << (int)Role.CaringNeighbour) | (1 << (int)Role.Caller) | (1 << (int)Role.Visitor)
        | (1 << (int)Role.StreetLeader) | (1 << (int)Role.Companion);

    /// <summary>Republishes the cards of a partition's residents.</summary>
    public static void Publish(DayContext c, Engine.Partition p)
    {
        var knows = c.R.KnowsContact;
        var skill = c.R.Skill;
        for (var id = p.Lo; id < p.Hi; id++) Publish(c, knows, skill, id);
    }

    private static void Publish(DayContext c, bool[] knows, float[] skill, int id)
    {
        var flags = CardFlags.None;
        var role = c.Role[id];
        if (role.IsInclusive()) flags |= CardFlags.Volunteer;
        if (((uint)role < 32 && ((RouteRoles >> (int)role) & 1) != 0)
            || knows[id]
            || c.Sums[id * Residents.SumKinds + (int)TieKind.Professional] >= c.ProfessionalTieRoute)
            flags |= CardFlags.HasRoute;
        c.CardFlag[id] = flags;
        c.CardSkill[id] = (byte)Math.Clamp(skill[id] * 255f + 0.5f, 0f, 255f);
    }
}
