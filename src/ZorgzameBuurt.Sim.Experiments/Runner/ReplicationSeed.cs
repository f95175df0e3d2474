using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// The seed of replication k: a function of the root seed and k only, never of the mix or design point, so
/// replication k of every mix (or point) draws the same random numbers wherever the mixes do not differ
/// (common random numbers). <c>zbsim run</c> with root seed S is replication 0 of any experiment with root seed S.
/// </summary>
public static class ReplicationSeed
{
    public static ulong For(ulong rootSeed, int replication)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        return CounterRng.KeyOf(rootSeed, StreamPurpose.Replication, replication, 0);
    }
}
