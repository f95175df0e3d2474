namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Hashes a (min, max) pair key with a full 64-bit mix. The default Int64 hash (low word XOR high word) collapses
/// pairs of nearby residents onto a few hundred values, which made building a world (synthesis) and taking a tie
/// snapshot (the network analysis) quadratic in its size.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)Engine.CounterRng.Mix((ulong)key);
}
