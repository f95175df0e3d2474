using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.9: loneliness moves toward a target each day, L ← L + a·(target − L). The target falls with
/// close ties (household, kin), with weak ties and encounters (belonging counts more than deep ties, S000
/// Ch3 §6.2), and with an inclusive role (S000 Ch3 §3.2); living alone or without kin nearby weakens these
/// effects (sensitivity, S000 M9). Each tie group saturates: effect = weight·S/(S + half).
/// </summary>
internal static class Loneliness
{
    public static void Run(DayContext c, ResidentBlock b, int i)
    {
        var before = b.Loneliness[i];
        var after = before + c.Adaptation * (Target(c, b, i) - before);
        b.Loneliness[i] = after;
        b.Encounters[i] *= c.EncounterMemory;
        if (!b.AnyTraced || !b.Traced[i]) return;
        var threshold = c.Threshold;
        if (before < threshold && after >= threshold) b.Record(i, c.Day, HistoryKind.BecameLonely);
        if (before >= threshold && after < threshold) b.Record(i, c.Day, HistoryKind.NoLongerLonely);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Target(DayContext c, ResidentBlock b, int i)
    {
        var s = b.Sums.AsSpan(i * ResidentBlock.SumKinds, ResidentBlock.SumKinds);
        var close = s[(int)TieKind.Household] + s[(int)TieKind.Kin];
        var weak = s[(int)TieKind.Neighbour] + s[(int)TieKind.Friend] + s[(int)TieKind.Volunteer] + c.EncounterWeight * b.Encounters[i];
        var h = c.HalfSaturation;
        var relief = c.CloseWeight * close / (close + h) + c.WeakWeight * weak / (weak + h) + (b.Role[i].IsInclusive() ? c.RoleWeight : 0);
        var t = b.Trait[i];
        if ((t & Traits.LivingAlone) != 0 || (t & Traits.KinInArea) == 0) relief /= c.AloneSensitivity;
        return (float)Math.Clamp(c.BaseTarget - relief + b.Disposition[i], 0, 1);
    }

    /// <summary>At the start, the encounter memory holds its steady state (given and received encounters,
    /// remembered with the daily factor) and loneliness sits at its target.</summary>
    public static void Initialise(DayContext c, ResidentBlock b, int i)
    {
        var contact = c.Parameters.Contact;
        var mobility = (b.Trait[i] & Traits.LimitedMobility) != 0 ? contact.LimitedMobilityFactor : 1;
        b.Encounters[i] = (float)(2 * contact.PerDay * contact.ChanceShare * b.Sociability[i] * mobility / (1 - c.Parameters.Loneliness.EncounterMemory));
        b.Loneliness[i] = Target(c, b, i);
    }
}
