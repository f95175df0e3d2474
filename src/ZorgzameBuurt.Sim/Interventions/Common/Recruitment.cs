using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Finds residents willing to take up a role: no role yet, not already asked by this intervention.</summary>
internal static class Recruitment
{
    /// <summary>Typical volunteer: an adult under 75 (18–74).</summary>
    public static bool WorkingAge(Town w, int id) => w.Residents.Age[id] is AgeBand.Age18To64 or AgeBand.Age65To74;

    /// <summary>A random resident of ids [lo, hi) without a role, not in <paramref name="asked"/>, meeting
    /// <paramref name="eligible"/>; −1 if none is found in a bounded number of probes.</summary>
    public static int Probe(Town w, int lo, int hi, HashSet<int> asked, Func<Town, int, bool> eligible, ref CounterRng rng, int tries = 256)
    {
        if (hi <= lo) return -1;
        for (var t = 0; t < tries; t++)
        {
            var id = lo + rng.NextInt(hi - lo);
            if (w.RoleOf(id) != Role.None || asked.Contains(id) || !eligible(w, id)) continue;
            return id;
        }
        return -1;
    }

    /// <summary>The same from a candidate list.</summary>
    public static int Probe(Town w, int[] pool, HashSet<int> asked, Func<Town, int, bool> eligible, ref CounterRng rng, int tries = 256)
    {
        if (pool.Length == 0) return -1;
        for (var t = 0; t < tries; t++)
        {
            var id = pool[rng.NextInt(pool.Length)];
            if (w.RoleOf(id) != Role.None || asked.Contains(id) || !eligible(w, id)) continue;
            return id;
        }
        return -1;
    }
}
