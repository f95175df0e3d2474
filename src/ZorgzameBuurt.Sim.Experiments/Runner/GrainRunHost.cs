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
    /// <summary>Told, once a world is built, where its resident block grains were placed ("N blocks on …").</summary>
    public Action<string>? Log { get; init; }

    public RunResult Execute(RunJob job, RunSettings settings, InterventionFactory interventions, int threads, CancellationToken cancellation) =>
        ExecuteAsync(job, settings, cancellation).GetAwaiter().GetResult();

    private async Task<RunResult> ExecuteAsync(RunJob job, RunSettings settings, CancellationToken cancellation)
    {
        var world = grains.GetGrain<IWorldGrain>($"run-{Guid.NewGuid():N}");
        await world.Create(new WorldRecipe(ScenarioCopy.ToYaml(job.Scenario()), job.Seed, job.Mix, settings.BlockSize));
        if (Log is { } log) log(Placement(await world.Placement()));
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

    /// <summary>"490 resident blocks on 2 silos: 127.0.0.1:11111 245, 127.0.0.1:11112 245".</summary>
    public static string Placement(IReadOnlyList<string> silos)
    {
        var bySilo = silos.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        var count = silos.Distinct().Count();
        return $"{silos.Count} resident block{(silos.Count == 1 ? "" : "s")} on {count} silo{(count == 1 ? "" : "s")}: {string.Join(", ", bySilo)}";
    }
}
