using System.Diagnostics;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Orleans.Hosting;
using ZorgzameBuurt.Sim.Orleans.Worlds;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Benchmarks.Orleans;

/// <summary>
/// <c>--orleans</c>: resident-days per second of the Orleans host (block grains of 2,048 residents, and a grain per
/// resident) against the in-process engine on the same worlds, in one run on an in-process silo; grain calls per
/// resident-day; memory per activated grain. Wall clock, one world at a time, baseline mix.
/// </summary>
public static class OrleansRun
{
    public static int Run(string[] args)
    {
        var sizes = args.Contains("--large") ? new[] { 1_000, 10_000, 100_000 } : [1_000, 10_000, 100_000];
        Console.WriteLine("| residents | days | engine (1 thread) | block grains (2,048) | ratio | grain per resident | ratio | calls per resident-day (blocks / per resident) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var cluster = LocalCluster.StartAsync().GetAwaiter().GetResult();
        try
        {
            foreach (var n in sizes)
            {
                var days = n switch { <= 1_000 => 120, <= 10_000 => 40, _ => 10 };
                var spec = Worlds.Rural(n);
                var engine = Rate(n, days, () =>
                {
                    var w = World.Create(spec, [], new WorldOptions(1, 1));
                    return (() => w.Step(), null);
                });
                var blocks = Grains(cluster, spec, n, days, 2048);
                var single = n <= 10_000 ? Grains(cluster, spec, n, days, 1) : double.NaN;
                var pros = spec.Professionals.Sum(p => p.Count);
                var calls2048 = (3.0 * Math.Ceiling(n / 2048.0) + pros) / n;
                var calls1 = (3.0 * n + pros) / n;
                Console.WriteLine($"| {n:N0} | {days} | {engine:N0} | {blocks:N0} | {engine / blocks:F2}× slower | {(double.IsNaN(single) ? "–" : single.ToString("N0"))} | {(double.IsNaN(single) ? "–" : (engine / single).ToString("F0") + "× slower")} | {calls2048:F4} / {calls1:F2} |");
            }
            Console.WriteLine();
            Console.WriteLine($"Memory per activated grain (10,000 residents, a grain per resident, state included): {MemoryPerGrain(cluster):N0} bytes");
        }
        finally
        {
            cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return 0;
    }

    private static double Grains(LocalCluster cluster, ScenarioSpec spec, int n, int days, int blockSize) => Rate(n, days, () =>
    {
        var world = cluster.GrainFactory.GetGrain<IWorldGrain>($"bench-{Guid.NewGuid():N}");
        world.Create(new WorldRecipe(ScenarioCopy.ToYaml(spec), 1, Mixes.Baseline, blockSize)).GetAwaiter().GetResult();
        return (() => world.Step(1).GetAwaiter().GetResult(), null);
    });

    /// <summary>Resident-days per second of <paramref name="days"/> steps after a warm-up day (build excluded).</summary>
    private static double Rate(int n, int days, Func<(Action Step, object? Keep)> build)
    {
        var (step, _) = build();
        step();
        var watch = Stopwatch.StartNew();
        for (var d = 0; d < days; d++) step();
        return (double)n * days / watch.Elapsed.TotalSeconds;
    }

    private static long MemoryPerGrain(LocalCluster cluster)
    {
        const int n = 10_000;
        var spec = Worlds.Rural(n);
        var world = cluster.GrainFactory.GetGrain<IWorldGrain>($"bench-mem-{Guid.NewGuid():N}");
        var recipe = new WorldRecipe(ScenarioCopy.ToYaml(spec), 2, Mixes.Baseline, 1);
        // Build the silo's population first, so the difference is the grains alone.
        var warm = cluster.GrainFactory.GetGrain<IWorldGrain>($"bench-warm-{Guid.NewGuid():N}");
        warm.Create(recipe with { BlockSize = n }).GetAwaiter().GetResult();
        var before = GC.GetTotalMemory(true);
        world.Create(recipe).GetAwaiter().GetResult();
        world.Step(1).GetAwaiter().GetResult();
        var after = GC.GetTotalMemory(true);
        return (after - before) / (n + spec.Professionals.Sum(p => p.Count));
    }
}
