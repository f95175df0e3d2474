using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Read-only looks at a resident's ties, for interventions (run in the single-threaded intervention phase).</summary>
internal static class Ties
{
    /// <summary>True if any live non-professional tie of <paramref name="id"/> goes to someone in <paramref name="marked"/>.</summary>
    public static bool AnyTieTo(World w, int id, bool[] marked, float minimum)
    {
        var p = w.PartitionOf(id);
        foreach (var e in p.Ties.Of(id - p.Lo))
        {
            var o = e.Other;
            if ((uint)o >= (uint)marked.Length || !marked[o] || e.Kind == TieKind.Professional) continue;
            if (w.Decay.Strength(e, w.Day) >= minimum) return true;
        }
        return false;
    }

    /// <summary>Sum of today's strengths of a resident's ties outside the household (kin, neighbours, friends, volunteers).</summary>
    public static double NetworkStrength(World w, int id)
    {
        var p = w.PartitionOf(id);
        var sum = 0.0;
        var min = w.Parameters.Ties.DropBelow;
        foreach (var e in p.Ties.Of(id - p.Lo))
        {
            if (e.Kind is TieKind.Household or TieKind.Professional or TieKind.Partnership) continue;
            var s = w.Decay.Strength(e, w.Day);
            if (s >= min) sum += s;
        }
        return sum;
    }

    /// <summary>True if the two residents share a live tie.</summary>
    public static bool Linked(World w, int a, int b) => w.TieStrength(a, b) >= w.Parameters.Ties.DropBelow;
}
