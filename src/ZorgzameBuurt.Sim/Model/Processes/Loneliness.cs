using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.9: loneliness has a fast part and a slow part. The slow part is belonging B ∈ [0,1] (trust in and
/// attachment to the neighbourhood), which moves toward what weak ties, encounters and an inclusive role give,
/// B ← B + (B* − B)/belonging_days, over months to a year (S000 Ch2 §2, Ch6 §1: deep effects lag). The fast part is
/// loneliness itself, L ← L + a·(target − L), which follows close ties (household, kin) and, for the share
/// 1 − belonging_share, recent encounters and weak ties at once; the rest of their relief reaches the target only
/// through belonging (encounter → conviviality → belonging, S000 M6, Ch3 §6.2). Each tie group saturates:
/// effect = weight·S/(S + half). Living alone or without kin nearby weakens the reliefs (sensitivity, S000 M9). In a
/// steady state (B = B*) the target is the one of a single-speed model.
/// </summary>
internal static class Loneliness
{
    public static void Run(DayContext c, ResidentBlock b, int i)
    {
        var before = b.Loneliness[i];
        var after = before + c.Adaptation * (Target(c, b, i, out var belongingTarget) - before);
        b.Loneliness[i] = after;
        b.Belonging[i] += c.BelongingRate * (belongingTarget - b.Belonging[i]);
        b.Encounters[i] *= c.EncounterMemory;
        if (!b.AnyTraced || !b.Traced[i]) return;
        var threshold = c.Threshold;
        if (before < threshold && after >= threshold) b.Record(i, c.Day, HistoryKind.BecameLonely);
        if (before >= threshold && after < threshold) b.Record(i, c.Day, HistoryKind.NoLongerLonely);
    }

    /// <summary>The target of the fast part (today's belonging read as it stands).</summary>
    public static float Target(DayContext c, ResidentBlock b, int i) => Target(c, b, i, out _);

    /// <summary>What belonging moves toward: the community relief (weak ties, encounters, inclusive role) as a share
    /// of its largest value, weak_weight + role_weight.</summary>
    public static float BelongingTarget(DayContext c, ResidentBlock b, int i)
    {
        Target(c, b, i, out var belongingTarget);
        return belongingTarget;
    }

    /// <summary>The target of the fast part: base − close relief − (1 − share)·community relief now − share·(weak +
    /// role weight)·belonging, the reliefs weakened living alone or without kin nearby, plus the disposition; and
    /// <paramref name="belongingTarget"/> = community relief now ÷ (weak + role weight).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Target(DayContext c, ResidentBlock b, int i, out float belongingTarget)
    {
        var s = b.Sums.AsSpan(i * ResidentBlock.SumKinds, ResidentBlock.SumKinds);
        var close = s[(int)TieKind.Household] + s[(int)TieKind.Kin];
        var weak = s[(int)TieKind.Neighbour] + s[(int)TieKind.Friend] + s[(int)TieKind.Volunteer] + c.EncounterWeight * b.Encounters[i];
        var h = c.HalfSaturation;
        var community = c.WeakWeight * weak / (weak + h) + (b.Role[i].IsInclusive() ? c.RoleWeight : 0);
        belongingTarget = c.CommunityWeight > 0 ? (float)(community / c.CommunityWeight) : 0f;
        var share = c.BelongingShare;
        var relief = c.CloseWeight * close / (close + h) + (1 - share) * community + share * c.CommunityWeight * b.Belonging[i];
        var t = b.Trait[i];
        if ((t & Traits.LivingAlone) != 0 || (t & Traits.KinInArea) == 0) relief /= c.AloneSensitivity;
        return (float)Math.Clamp(c.BaseTarget - relief + b.Disposition[i], 0, 1);
    }

    /// <summary>At the start, the encounter memory holds its steady state (given and received encounters,
    /// remembered with the daily factor), belonging sits at its target (B = B*), and loneliness at its target.</summary>
    public static void Initialise(DayContext c, ResidentBlock b, int i)
    {
        var contact = c.Parameters.Contact;
        var mobility = (b.Trait[i] & Traits.LimitedMobility) != 0 ? contact.LimitedMobilityFactor : 1;
        b.Encounters[i] = (float)(2 * contact.PerDay * contact.ChanceShare * b.Sociability[i] * mobility / (1 - c.Parameters.Loneliness.EncounterMemory));
        b.Belonging[i] = BelongingTarget(c, b, i);
        b.Loneliness[i] = Target(c, b, i);
    }
}
