using ZorgzameBuurt.Sim.Experiments.Network;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Runs one job: builds its scenario and interventions, creates the world with the job's seed and steps it day by
/// day, taking indicators every interval and at the end exactly as <see cref="World.Run"/> does; the end set adds
/// the network indicators of a tie snapshot (<see cref="NetworkIndicators"/>). Checks for
/// cancellation before every day, so an interrupted experiment stops within a day's work.
/// </summary>
public static class WorldRun
{
    public static RunResult Execute(RunJob job, RunSettings settings, InterventionFactory interventions, int threads, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(interventions);
        cancellation.ThrowIfCancellationRequested();

        var spec = job.Scenario();
        var world = World.Create(spec, interventions(job.Mix, spec), new WorldOptions(job.Seed, Math.Max(1, threads)));
        var series = new List<IndicatorSet>();
        var days = settings.Days;
        var interval = settings.Interval;
        for (var d = 0; d < days; d++)
        {
            cancellation.ThrowIfCancellationRequested();
            world.Step();
            if (interval > 0 && world.Day % interval == 0 && d < days - 1) series.Add(world.Indicators());
        }
        var end = NetworkIndicators.Append(world.Indicators(), world);
        series.Add(end);
        return new RunResult(job.Label, job.Replication, job.Seed, job.Point, end, series);
    }
}
