namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident's own day, in the order of MODEL.md §3. Each process draws from its own sub-stream of
/// (seed, resident, day), so adding or removing draws in one process never shifts another's numbers. A
/// sub-stream is derived only when its process draws (a fork is a pure function of the day's key).
/// </summary>
internal static class DailyStep
{
    public static void Run(DayContext c, ResidentBlock b, int i)
    {
        var key = c.ActKey(b.Lo + i);
        TieDynamics.AgeSums(c, b, i);
        if (b.NeedState[i] == NeedState.Hidden) b.HiddenDays[i]++;
        Resolution.Run(c, b, i, key);
        NeedOnset.Run(c, b, i, key);
        Asking.Run(c, b, i, key);
        Loneliness.Run(c, b, i);
        VolunteerStrain.Run(c, b, i, key);
        FirstLineVisits.Run(c, b, i, key);
        EverydayContact.Run(c, b, i, DayContext.Fork(key, 5));
    }
}
