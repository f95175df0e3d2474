using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.10: a volunteer has her own weekly capacity (lognormal around the mean capacity, drawn when she takes
/// up a role). Once a week her hours are weighed against it: hours over capacity raise strain in proportion to the
/// relative overload, a week within capacity lowers it; intervision (a message) removes part of it. She then drops
/// out with a weekly chance that rises with strain — a base hazard plus a logistic around <c>drop_out_strain</c>
/// (S000 Ch5 §5 overload and intervision; S004 leader dependence; burnout → quitting, Allen &amp; Mueller 2013).
/// </summary>
internal static class VolunteerStrain
{
    /// <summary>Sub-stream of the resident's day for the weekly drop-out draw.</summary>
    private const int SubStream = 6;

    /// <summary>Tag of the capacity draw's stream (purpose Deliver, entity = tag·2^40 + resident, day of take-up).</summary>
    private const long CapacityTag = 9L << 40;

    public static void Run(DayContext c, ResidentBlock b, int i, ulong key)
    {
        if (!b.Role[i].IsInclusive() || (c.Day + b.Lo + i) % 7 != 0) return;
        var rng = DayContext.Fork(key, SubStream);
        Weigh(c, b, i, ref rng);
    }

    /// <summary>A resident takes up a role: she gets her own weekly capacity.</summary>
    public static void TakeUp(DayContext c, ResidentBlock b, int i)
    {
        var v = c.Parameters.Volunteers;
        var rng = CounterRng.For(c.Seed, StreamPurpose.Deliver, CapacityTag | (uint)(b.Lo + i), c.Day);
        b.Capacity[i] = (float)Math.Max(0.1, rng.LogNormal(v.CapacityHoursPerWeek, v.CapacityCv));
    }

    /// <summary>One weekly weighing: strain moves with the week's load, then the drop-out draw.</summary>
    internal static void Weigh(DayContext c, ResidentBlock b, int i, ref CounterRng rng)
    {
        var v = c.Parameters.Volunteers;
        var cap = b.Capacity[i] > 0 ? b.Capacity[i] : (float)v.CapacityHoursPerWeek;
        var over = b.Load[i] - cap;
        b.Strain[i] = Math.Clamp(b.Strain[i] + (over > 0 ? (float)v.StrainGain * over / cap : -(float)v.StrainRecovery), 0f, 1f);
        b.Load[i] = 0;
        if (!rng.Chance(DropOutChance(v, b.Strain[i]))) return;
        b.Role[i] = Role.None;
        b.Strain[i] = 0;
        b.Counters.VolunteerDropouts++;
        b.Record(i, c.Day, HistoryKind.RoleDropped);
    }

    /// <summary>The weekly drop-out chance at <paramref name="strain"/>: base + (1 − base)·logistic((s − s½)/spread).</summary>
    public static double DropOutChance(Spec.VolunteerParameters v, double strain)
    {
        var excess = v.DropOutSpread <= 0
            ? (strain >= v.DropOutStrain ? 1.0 : 0.0)
            : 1.0 / (1.0 + Math.Exp(-(strain - v.DropOutStrain) / v.DropOutSpread));
        return v.BaseDropOutHazard + (1 - v.BaseDropOutHazard) * excess;
    }
}
