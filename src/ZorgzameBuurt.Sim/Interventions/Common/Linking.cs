namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// Links the LDC or social workers present at an intervention to the BZR (their referral attention), so a need
/// they detect on duty reaches the hub (S000 Ch3 §2.5: LDC leaders form a tandem with the BZR). First-line
/// professionals are left alone: their attention is the referral cards' business.
/// </summary>
internal static class Linking
{
    public static void Link(InterventionContext ctx, int[] staff, double hubLink)
    {
        if (hubLink <= 0) return;
        foreach (var agent in staff)
            if (Staff.NeedsHubLink(ctx.Town, agent) && ctx.RouteChance(agent) < hubLink * ctx.Town.Parameters.Routing.AttentionRenewBelow)
                ctx.RefreshAttention(agent, hubLink);
    }
}
