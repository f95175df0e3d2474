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
    public static void Run(World w, Partition p, int id)
    {
        var r = w.Residents;
        var before = r.Loneliness[id];
        var after = before + (float)w.Parameters.Loneliness.Adaptation * (Target(w, id) - before);
        r.Loneliness[id] = after;
        r.Encounters[id] *= 0.9f;
        if (!w.IsTraced(id)) return;
        var threshold = w.Parameters.Loneliness.Threshold;
        if (before < threshold && after >= threshold) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.BecameLonely, -1, default, default));
        if (before >= threshold && after < threshold) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.NoLongerLonely, -1, default, default));
    }

    public static float Target(World w, int id)
    {
        var l = w.Parameters.Loneliness;
        var r = w.Residents;
        var s = r.Sums.AsSpan(id * Residents.SumKinds, Residents.SumKinds);
        var close = s[(int)TieKind.Household] + s[(int)TieKind.Kin];
        var weak = s[(int)TieKind.Neighbour] + s[(int)TieKind.Friend] + s[(int)TieKind.Volunteer] + 0.1f * r.Encounters[id];
        var h = l.HalfSaturation;
        var relief = l.CloseWeight * close / (close + h) + l.WeakWeight * weak / (weak + h) + (r.Role[id].IsInclusive() ? l.RoleWeight : 0);
        if (r.Has(id, Traits.LivingAlone) || !r.Has(id, Traits.KinInArea)) relief /= l.AloneSensitivity;
        return (float)Math.Clamp(l.BaseTarget - relief + r.Disposition[id], 0, 1);
    }

    /// <summary>At the start, the encounter memory holds its steady state (given and received encounters,
    /// remembered with daily factor 0.9) and loneliness sits at its target.</summary>
    public static void Initialise(World w, int id)
    {
        var r = w.Residents;
        var c = w.Parameters.Contact;
        var mobility = r.Has(id, Traits.LimitedMobility) ? c.LimitedMobilityFactor : 1;
        r.Encounters[id] = (float)(2 * c.PerDay * c.ChanceShare * r.Sociability[id] * mobility / (1 - 0.9));
        r.Loneliness[id] = Target(w, id);
    }
}
