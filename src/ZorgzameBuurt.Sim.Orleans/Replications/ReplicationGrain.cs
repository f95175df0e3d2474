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
            var series = await Task.Run(() => Execute(request, cancellation), cancellation).ConfigureAwait(true);
            return ReplicationOutcome.From(silo.SiloAddress.ToParsableString(), series);
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    private static IReadOnlyList<Indicators.IndicatorSet> Execute(ReplicationRequest request, CancellationToken cancellation)
    {
        var loaded = ScenarioLoader.LoadText(request.ScenarioYaml, "scenario.yaml");
        var spec = loaded.Spec ?? throw new ArgumentException(
            "The replication's scenario does not load: " + string.Join("; ", loaded.Problems), nameof(request));
        var world = World.Create(spec, Mixes.Parse(request.Mix, spec), new WorldOptions(request.Seed, 1));
        return ReplicationDays.Run(world, request.Days, request.Interval, cancellation);
    }
}
