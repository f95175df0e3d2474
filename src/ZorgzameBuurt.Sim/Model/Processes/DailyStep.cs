using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident's own day, in the order of MODEL.md §3. Each process draws from its own sub-stream of
/// (seed, resident, day), so adding or removing draws in one process never shifts another's numbers. A
/// sub-stream is derived only when its process draws (a fork is a pure function of the day's key).
/// </summary>
internal static class DailyStep
{
    /// <summary>Every resident of a partition acts, in id order; their messages go to the partition's outbox.</summary>
    public static void Run(DayContext c, Partition p)
    {
        p.Outbox.Clear();
        for (var id = p.Lo; id < p.Hi; id++) Run(c, p, id);
    }

    public static void Run(DayContext c, Partition p, int id)
    {
        var key = c.ActKey(id);
        TieDynamics.AgeSums(c, id);
        Resolution.Run(c, p, id, key);
        NeedOnset.Run(c, p, id, key);
        Asking.Run(c, p, id, key);
        Loneliness.Run(c, p, id);
        VolunteerStrain.Run(c, p, id);
        FirstLineVisits.Run(c, p, id, key);
        EverydayContact.Run(c, p, id, DayContext.Fork(key, 5));
    }
}
