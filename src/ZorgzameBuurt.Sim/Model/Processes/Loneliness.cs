using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.9: loneliness moves toward a target each day, L ← L + a·(target − L). The target falls with
/// close ties (household, kin), with weak ties and encounters (belonging counts more than deep ties, S000
/// Ch3 §6.2), and with an inclusive role (S000 Ch3 §3.2); living alone or without kin nearby weakens these
/// effects (sensitivity, S000 M9). Each tie group saturates: effect = weight·S/(S + half).
/// </summary>
internal static class Loneliness
{
    public static void Run(DayContext c, Partition p, int id)
    {
        var before = c.Loneliness[id];
        var after = before + c.Adaptation * (Target(c, id) - before);
        c.Loneliness[id] = after;
        c.Encounters[id] *= 0.9f;
        if (!c.Traced || !c.World.IsTraced(id)) return;
        var w = c.World;
        var threshold = c.Threshold;
        if (before < threshold && after >= threshold) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.BecameLonely, -1, default, default));
        if (before >= threshold && after < threshold) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.NoLongerLonely, -1, default, default));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Target(DayContext c, int id)
    {
        var s = c.Sums.AsSpan(id * Residents.SumKinds, Residents.SumKinds);
        var close = s[(int)TieKind.Household] + s[(int)TieKind.Kin];
        var weak = s[(int)TieKind.Neighbour] + s[(int)TieKind.Friend] + s[(int)TieKind.Volunteer] + 0.1f * c.Encounters[id];
        var h = c.HalfSaturation;
        var relief = c.CloseWeight * close / (close + h) + c.WeakWeight * weak / (weak + h) + (c.Role[id].IsInclusive() ? c.RoleWeight : 0);
        var t = c.Trait[id];
        if ((t & Traits.LivingAlone) != 0 || (t & Traits.KinInArea) == 0) relief /= c.AloneSensitivity;
        return (float)Math.Clamp(c.BaseTarget - relief + c.Disposition[id], 0, 1);
    }

    /// <summary>At the start, the encounter memory holds its steady state (given and received encounters,
    /// remembered with daily factor 0.9) and loneliness sits at its target.</summary>
    public static void Initialise(DayContext c, int id)
    {
        var r = c.R;
        var contact = c.World.Parameters.Contact;
        var mobility = r.Has(id, Traits.LimitedMobility) ? contact.LimitedMobilityFactor : 1;
        r.Encounters[id] = (float)(2 * contact.PerDay * contact.ChanceShare * r.Sociability[id] * mobility / (1 - 0.9));
        r.Loneliness[id] = Target(c, id);
    }
}
