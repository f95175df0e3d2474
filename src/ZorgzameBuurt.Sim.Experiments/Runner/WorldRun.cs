using ZorgzameBuurt.Sim.Orleans.Replications;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Runs one job: builds its scenario and interventions, creates the world with the job's seed and steps it day by
/// day (<see cref="ReplicationDays"/>, the loop the cluster's replication grain runs too), taking indicators every
/// interval and at the end exactly as <see cref="World.Run"/> does. Checks for cancellation before every day, so an
/// interrupted experiment stops within a day's work.
/// </summary>
public static class WorldRun
{
    public static RunResult Execute(RunJob job, RunSettings settings, InterventionFactory interventions, int threads, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(interventions);
        cancellation.ThrowIfCancellationRequested();
        if (settings.Host is { } host) return host.Execute(job, settings, interventions, threads, cancellation);

        var spec = job.Scenario();
        var world = World.Create(spec, interventions(job.Mix, spec), new WorldOptions(job.Seed, Math.Max(1, threads), settings.BlockSize));
        var series = ReplicationDays.Run(world, settings.Days, settings.Interval, cancellation);
        return new RunResult(job.Label, job.Replication, job.Seed, job.Point, series[^1], series)
        {
            Residents = settings.ResidentOutcomes ? ResidentOutcomes.Capture(world) : null,
        };
    }
}
