namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.10: once a week a volunteer's hours are weighed against their capacity; hours over capacity
/// raise strain, a week within capacity lowers it; intervision (a message) removes part of it. At the drop-out
/// threshold the volunteer gives up the role (S004 leader dependence; S000 Ch5 §5).
/// </summary>
internal static class VolunteerStrain
{
    public static void Run(DayContext c, ResidentBlock b, int i)
    {
        if (!b.Role[i].IsInclusive() || (c.Day + b.Lo + i) % 7 != 0) return;
        Weigh(c, b, i);
    }

    private static void Weigh(DayContext c, ResidentBlock b, int i)
    {
        var v = c.Parameters.Volunteers;
        var cap = (float)v.CapacityHoursPerWeek;
        var over = b.Load[i] - cap;
        b.Strain[i] = Math.Clamp(b.Strain[i] + (over > 0 ? (float)v.StrainGain * over / cap : -(float)v.StrainRecovery), 0f, 1f);
        b.Load[i] = 0;
        if (b.Strain[i] < v.DropOutStrain) return;
        b.Role[i] = Role.None;
        b.Strain[i] = 0;
        b.Counters.VolunteerDropouts++;
        b.Record(i, c.Day, HistoryKind.RoleDropped);
    }
}
