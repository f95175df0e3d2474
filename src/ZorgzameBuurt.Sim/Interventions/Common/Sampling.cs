using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Allocation-free sampling helpers over caller-owned buffers.</summary>
internal static class Sampling
{
    /// <summary>Shuffles the items in place (Fisher–Yates).</summary>
    public static void Shuffle(List<int> items, ref CounterRng rng)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Attendance that halves every <paramref name="halfKm"/> km.</summary>
    public static double DistanceFactor(double km, double halfKm) => halfKm <= 0 ? 1 : Math.Pow(2, -km / halfKm);
}
