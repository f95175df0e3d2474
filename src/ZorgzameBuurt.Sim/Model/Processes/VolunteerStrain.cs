namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.10: once a week a volunteer's hours are weighed against their capacity; hours over capacity
/// raise strain, a week within capacity lowers it; intervision (a message) removes part of it. At the drop-out
/// threshold the volunteer gives up the role (S004 leader dependence; S000 Ch5 §5).
/// </summary>
internal static class VolunteerStrain
{
    public static void Run(DayContext c, Engine.Partition p, int id)
    {
        if (!c.Role[id].IsInclusive() || (c.Day + id) % 7 != 0) return;
        Weigh(c.World, p, id);
    }

    private static void Weigh(World w, Engine.Partition p, int id)
    {
        var r = w.Residents;
        var v = w.Parameters.Volunteers;
        var cap = (float)v.CapacityHoursPerWeek;
        var over = r.Load[id] - cap;
        r.Strain[id] = Math.Clamp(r.Strain[id] + (over > 0 ? (float)v.StrainGain * over / cap : -(float)v.StrainRecovery), 0f, 1f);
        r.Load[id] = 0;
        if (r.Strain[id] < v.DropOutStrain) return;
        r.Role[id] = Role.None;
        r.Strain[id] = 0;
        p.Counters.VolunteerDropouts++;
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.RoleDropped, -1, default, default));
    }
}
