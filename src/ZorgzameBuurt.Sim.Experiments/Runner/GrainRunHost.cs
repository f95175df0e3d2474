using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Orleans.Worlds;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Runs a job's world on the Orleans grains (a world grain over block, professional and intervention grains) instead of
/// in this process, taking indicators at the same days as <see cref="WorldRun"/>; the results are byte-identical. The
/// interventions come from the catalogue by the job's mix (a custom factory cannot cross to the grains).
/// </summary>
public sealed class GrainRunHost(IGrainFactory grains) : IRunHost
{
    public RunResult Execute(RunJob job, RunSettings settings, InterventionFactory interventions, int threads, CancellationToken cancellation) =>
        ExecuteAsync(job, settings, cancellation).GetAwaiter().GetResult();

    private async Task<RunResult> ExecuteAsync(RunJob job, RunSettings settings, CancellationToken cancellation)
    {
        var world = grains.GetGrain<IWorldGrain>($"run-{Guid.NewGuid():N}");
        await world.Create(new WorldRecipe(ScenarioCopy.ToYaml(job.Scenario()), job.Seed, job.Mix, settings.BlockSize));
        var series = new List<IndicatorSet>();
        var interval = settings.Interval;
        var day = 0;
        while (day < settings.Days)
        {
            cancellation.ThrowIfCancellationRequested();
            var next = interval > 0 ? Math.Min(settings.Days, (day / interval + 1) * interval) : settings.Days;
            day = await world.Step(next - day);
            if (day < settings.Days) series.Add((await world.Indicators()).Series()[0]);
        }
        var end = (await world.EndIndicators()).Series()[0];
        series.Add(end);
        return new RunResult(job.Label, job.Replication, job.Seed, job.Point, end, series);
    }
}
