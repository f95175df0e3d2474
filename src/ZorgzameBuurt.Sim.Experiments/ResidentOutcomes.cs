using System.Runtime.InteropServices;

namespace ZorgzameBuurt.Sim.Experiments;

/// <summary>
/// Per-resident outcomes at the end of a run, for "effects where they happen": which residents any of the mix's
/// interventions reached, and each resident's value of every <see cref="Metrics"/> (as float). Replication k of
/// every mix simulates the same residents (common random numbers), so a reached resident's value is paired with her
/// own value in the reference run. Immutable.
/// </summary>
public sealed class ResidentOutcomes
{
    /// <summary>The metrics kept, as <see cref="World.ResidentValues"/> names them.</summary>
    public static readonly IReadOnlyList<string> Metrics = ["unmet_need_days", "loneliness"];

    public ResidentOutcomes(bool[] reached, IReadOnlyList<float[]> values)
    {
        ArgumentNullException.ThrowIfNull(reached);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Metrics.Count || values.Any(v => v.Length != reached.Length))
            throw new ArgumentException("One value per resident for every metric is needed.", nameof(values));
        Reached = reached;
        Values = values;
    }

    /// <summary>Reached[id]: some intervention of the mix reached resident id.</summary>
    public IReadOnlyList<bool> Reached { get; }

    /// <summary>Values[m][id]: metric <see cref="Metrics"/>[m] of resident id.</summary>
    public IReadOnlyList<float[]> Values { get; }

    public int Residents => Reached.Count;

    /// <summary>Takes the outcomes of a world at its current day.</summary>
    public static ResidentOutcomes Capture(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var values = Metrics.Select(m => world.ResidentValues(m).Select(v => (float)v).ToArray()).ToList();
        return new ResidentOutcomes(world.ReachedByAny(), values);
    }

    /// <summary>The reached flags as one byte per resident.</summary>
    public byte[] ReachedBytes() => Reached.Select(r => r ? (byte)1 : (byte)0).ToArray();

    /// <summary>A metric's values as little-endian floats.</summary>
    public byte[] ValueBytes(int metric) => MemoryMarshal.AsBytes(Values[metric].AsSpan()).ToArray();

    /// <summary>The inverse of <see cref="ReachedBytes"/> and <see cref="ValueBytes"/>.</summary>
    public static ResidentOutcomes FromBytes(byte[] reached, IReadOnlyList<byte[]> values) =>
        new(reached.Select(b => b != 0).ToArray(), values.Select(v => MemoryMarshal.Cast<byte, float>(v.AsSpan()).ToArray()).ToList());
}
