using System.Runtime.InteropServices;
using Orleans.Concurrency;
using Orleans.Placement;
using Orleans.Runtime;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Orleans.Replications;

/// <summary>
/// Builds the world of a <see cref="ReplicationRequest"/> (scenario from YAML, interventions from the mix,
/// one thread) and runs it through <see cref="ReplicationDays"/> on a thread-pool thread, so the silo's
/// scheduler stays free. Deactivates after the call: one activation per run.
/// </summary>
[RandomPlacement]
[Reentrant]
public sealed class ReplicationGrain(ILocalSiloDetails silo) : Grain, IReplicationGrain
{
    /// <inheritdoc />
    public async Task<ReplicationOutcome> RunAsync(ReplicationRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await Task.Run(() => Execute(request, silo.SiloAddress.ToParsableString(), cancellation), cancellation).ConfigureAwait(true);
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    private static ReplicationOutcome Execute(ReplicationRequest request, string silo, CancellationToken cancellation)
    {
        var loaded = ScenarioLoader.LoadText(request.ScenarioYaml, "scenario.yaml");
        var spec = loaded.Spec ?? throw new ArgumentException(
            "The replication's scenario does not load: " + string.Join("; ", loaded.Problems), nameof(request));
        var world = World.Create(spec, Mixes.Parse(request.Mix, spec), new WorldOptions(request.Seed, 1));
        var outcome = ReplicationOutcome.From(silo, ReplicationDays.Run(world, request.Days, request.Interval, cancellation));
        if (request.ResidentMetrics is not { } metrics) return outcome;
        return outcome with
        {
            Reached = world.ReachedByAny().Select(r => r ? (byte)1 : (byte)0).ToArray(),
            ResidentValues = metrics.Select(m => MemoryMarshal.AsBytes(world.ResidentValues(m).Select(v => (float)v).ToArray().AsSpan()).ToArray()).ToArray(),
        };
    }
}
