namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident's public card — detection skill and whether she has a route to the hub (a volunteer role that reports
/// to the care director, a known contact person, or a tie to a professional of at least the route strength) — and
/// her status for the world's interventions (role, loneliness, need, network, a tie gone to an activity). Republished
/// by the owner at the end of each day.
/// </summary>
internal static class Cards
{
    /// <summary>Roles that report to the care director: caring neighbour, caller, visitor, street leader, companion.</summary>
    private const int RouteRoles = (1 << (int)Role.CaringNeighbour) | (1 << (int)Role.Caller) | (1 << (int)Role.Visitor)
        | (1 << (int)Role.StreetLeader) | (1 << (int)Role.Companion);

    public static void Publish(DayContext c, ResidentBlock b)
    {
        for (var i = 0; i < b.Count; i++) Publish(c, b, i);
    }

    private static void Publish(DayContext c, ResidentBlock b, int i)
    {
        var flags = CardFlags.None;
        var role = b.Role[i];
        if (role.IsInclusive()) flags |= CardFlags.Volunteer;
        var s = b.Sums.AsSpan(i * ResidentBlock.SumKinds, ResidentBlock.SumKinds);
        if (((uint)role < 32 && ((RouteRoles >> (int)role) & 1) != 0)
            || b.KnowsContact[i]
            || s[(int)TieKind.Professional] >= c.ProfessionalTieRoute)
            flags |= CardFlags.HasRoute;
        b.CardFlag[i] = flags;
        b.CardSkill[i] = (byte)Math.Clamp(b.Skill[i] * 255f + 0.5f, 0f, 255f);
        var network = s[(int)TieKind.Kin] + s[(int)TieKind.Neighbour] + s[(int)TieKind.Friend] + s[(int)TieKind.Volunteer];
        b.Status[i] = new ResidentStatus(role, b.NeedState[i], b.Loneliness[i], network, b.TieWentDay[i]);
    }
}
