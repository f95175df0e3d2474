using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident's own day, in the order of MODEL.md §3. Each process draws from its own sub-stream of
/// (seed, resident, day), so adding or removing draws in one process never shifts another's numbers.
/// </summary>
internal static class DailyStep
{
    public static void Run(World w, Partition p, int id)
    {
        var rng = CounterRng.For(w.Seed, StreamPurpose.Act, id, w.Day);
        TieDynamics.AgeSums(w, id);
        Resolution.Run(w, p, id, rng.Fork(1));
        NeedOnset.Run(w, p, id, rng.Fork(2));
        Asking.Run(w, p, id, rng.Fork(3));
        Loneliness.Run(w, p, id);
        VolunteerStrain.Run(w, p, id);
        FirstLineVisits.Run(w, p, id, rng.Fork(4));
        EverydayContact.Run(w, p, id, rng.Fork(5));
    }
}
