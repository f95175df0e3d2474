using System.Globalization;
using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>Shared checks and helpers of the designs.</summary>
internal static class DesignSupport
{
    /// <summary>Stream tags (the day slot of the stream key) so designs with the same seed never share draws.</summary>
    internal const int LatinHypercubeTag = 1;
    internal const int MorrisTag = 2;

    internal static Factor[] CheckFactors(IReadOnlyList<Factor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Count == 0) throw new ArgumentException("A design needs at least one factor.", nameof(factors));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var copy = new Factor[factors.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = factors[i];
            if (copy[i].Name is null) throw new ArgumentException($"Factor {i} is uninitialised.", nameof(factors));
            if (!names.Add(copy[i].Name)) throw new ArgumentException($"Factor '{copy[i].Name}' appears twice.", nameof(factors));
        }
        return copy;
    }

    /// <summary>"prefix" + index, zero-padded to the width of the largest index so labels sort in design order.</summary>
    internal static string Label(string prefix, int index, int count) =>
        prefix + index.ToString(CultureInfo.InvariantCulture).PadLeft(Width(count), '0');

    internal static int Width(int count) => Math.Max(1, (Math.Max(count, 1) - 1).ToString(CultureInfo.InvariantCulture).Length);

    internal static CounterRng Stream(ulong seed, long entity, int tag) =>
        CounterRng.For(seed, StreamPurpose.Design, entity, tag);

    /// <summary>In-place Fisher–Yates shuffle.</summary>
    internal static void Shuffle(int[] items, ref CounterRng rng)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
