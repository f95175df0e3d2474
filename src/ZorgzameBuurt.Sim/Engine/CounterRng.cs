using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// A counter-based random number generator: draw n of a stream is a pure function of (seed, stream, n),
/// so results never depend on thread count, scheduling or how many draws another stream made.
/// The mixing function is the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014), applied to a Weyl
/// sequence over the stream key, as in SplittableRandom; streams are keyed by hashing their coordinates.
/// A mutable struct: copy it and the copy continues independently from the same point.
/// </summary>
public struct CounterRng
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private const double Unit = 1.0 / (1UL << 53);

    private readonly ulong _key;
    private ulong _counter;

    /// <summary>A stream keyed directly by a 64-bit key (for example one carried by a message).</summary>
    public CounterRng(ulong key)
    {
        _key = key;
        _counter = 0;
    }

    /// <summary>The stream key this generator draws from.</summary>
    public readonly ulong Key => _key;

    /// <summary>Draws made so far.</summary>
    public readonly ulong Counter => _counter;

    /// <summary>The stream (seed, purpose, entity, day): one per agent per day per purpose.</summary>
    public static CounterRng For(ulong seed, StreamPurpose purpose, long entity, int day) =>
        new(KeyOf(seed, purpose, entity, day));

    /// <summary>Hashes the coordinates of a stream into its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KeyOf(ulong seed, StreamPurpose purpose, long entity, int day)
    {
        var h = Mix(seed ^ 0x243F6A8885A308D3UL);
        h = Mix(h ^ ((ulong)purpose * 0xA0761D6478BD642FUL));
        h = Mix(h ^ (ulong)entity);
        return Mix(h ^ (uint)day);
    }

    /// <summary>Draw <paramref name="counter"/> of the stream with <paramref name="key"/>, without state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong At(ulong key, ulong counter) => Mix(key + (counter + 1) * Gamma);

    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An independent sub-stream; its draws do not move when this stream draws more or less.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly CounterRng Fork(int sub) => new(Mix(_key ^ ((ulong)(uint)sub * 0xD1B54A32D192ED03UL)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => At(_key, _counter++);

    /// <summary>A uniform double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * Unit;

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniform integer in [0, n), n &gt; 0 (Lemire's multiply-shift; bias below 2^-32 for n &lt; 2^32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)(uint)n) >> 32);

    /// <summary>A uniform double in [lo, hi).</summary>
    public double Uniform(double lo, double hi) => lo + (hi - lo) * NextDouble();

    /// <summary>A standard normal draw (Box–Muller from two uniforms).</summary>
    public double Normal()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A lognormal draw with the given mean and coefficient of variation (cv ≤ 0: the mean itself, no draw).</summary>
    public double LogNormal(double mean, double cv)
    {
        if (cv <= 0) return mean;
        var s2 = Math.Log(1.0 + cv * cv);
        return mean * Math.Exp(Math.Sqrt(s2) * Normal() - 0.5 * s2);
    }

    /// <summary>A Poisson draw by inversion; for the small means of daily event counts (λ &lt; 30).</summary>
    public int Poisson(double lambda)
    {
        if (lambda <= 0) return 0;
        var u = NextDouble();
        var p = Math.Exp(-lambda);
        var cdf = p;
        var k = 0;
        while (u > cdf && k < 200)
        {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }

    /// <summary>A Beta-like draw on [0,1] with the given mean, from the mean of two uniforms shifted (cheap, bounded).</summary>
    public double AroundMean(double mean, double spread)
    {
        var v = mean + spread * (NextDouble() + NextDouble() - 1.0);
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}

/// <summary>What a stream is used for; part of every stream key, so purposes never share draws.</summary>
public enum StreamPurpose : ushort
{
    Synthesis = 1,
    Act = 2,
    Deliver = 3,
    Hub = 4,
    Intervention = 5,
    Experiment = 6,
    Design = 7,
    Replication = 8,
}
