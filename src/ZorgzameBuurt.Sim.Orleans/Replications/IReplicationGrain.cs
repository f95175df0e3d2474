namespace ZorgzameBuurt.Sim.Orleans.Replications;

/// <summary>
/// Runs one replication with the in-process engine on the silo that hosts it. Keyed by a fresh string
/// per attempt (a run sent again after its silo died gets a new key); the client picks the silo with a
/// placement hint, else the grain is placed at random.
/// </summary>
public interface IReplicationGrain : IGrainWithStringKey
{
    /// <summary>Runs the replication; the call returns when the world has run all its days.</summary>
    Task<ReplicationOutcome> RunAsync(ReplicationRequest request, CancellationToken cancellation = default);
}
