using System.Diagnostics;
using System.Globalization;
using ZorgzameBuurt.Sim.Benchmarks.Reference;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using static ZorgzameBuurt.Sim.Benchmarks.Quick.Measure;

namespace ZorgzameBuurt.Sim.Benchmarks.Quick;

/// <summary>
/// The short mode: one process, best-of-N timed blocks instead of BenchmarkDotNet's statistics, finishing in
/// under two minutes. Prints markdown tables: the headline world against the naive baseline and the limit loop,
/// scaling with agents, ties and contacts, memory per resident and per tie, and allocations per tick.
/// Options: --large adds the 1,000,000-resident world to the scaling table; --year runs a 1,000,000-resident year
/// on all cores; --memory prints only the memory and allocation tables; --headline stops after the headline table.
/// </summary>
public static class QuickRun
{
    public static int Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Contains("--year")) return Year(args);
        var large = args.Contains("--large");
        var total = Stopwatch.StartNew();
        var threads = Environment.ProcessorCount;
        Console.WriteLine($"# ZorgzameBuurt.Sim benchmarks (short mode), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Machine()}; load average at start {LoadAverage()}.");
        Console.WriteLine($"Worlds: {nameof(Worlds.Rural)} (settlements of ~4,000, streets of ~125); mixes: baseline, full = {Worlds.FullMix}.");
        Console.WriteLine("Rates are resident-days per second of the fastest timed block after warm-up: 'cpu' counts the calling");
        Console.WriteLine("thread's CPU time (steady on a shared machine; single-threaded runs only), 'wall' the wall clock.");
        Console.WriteLine();

        WarmJit(threads);
        Headline(threads);
        if (args.Contains("--headline")) return 0;
        Scaling(threads, large);
        TiesAndContacts();
        Memory();
        Allocations(threads);
        Console.WriteLine($"Short run took {total.Elapsed.TotalSeconds:F0} s; load average at end {LoadAverage()}.");
        return 0;
    }

    public static int MemoryOnly()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine($"Machine: {Machine()}");
        Console.WriteLine();
        Memory();
        Allocations(Environment.ProcessorCount);
        return 0;
    }

    /// <summary>Runs every code path for a few seconds first, so tiered compilation has settled before anything is timed.</summary>
    private static void WarmJit(int threads)
    {
        foreach (var (t, mix) in new[] { (1, Worlds.FullMix), (threads, Worlds.FullMix), (1, Mixes.Baseline) })
        {
            var w = Worlds.Build(Worlds.Rural(Worlds.HeadlineResidents), t, mix);
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed.TotalSeconds < 1.5) w.Step();
            w.Indicators();
        }
        var world = Warm(Worlds.Build(Worlds.Rural(2_000), 1), 5);
        var naive = new NaiveModel(world);
        var limit = new LimitLoop(world);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 1)
        {
            naive.Step();
            limit.Tick();
        }
    }

    private static World Warm(World w, int days)
    {
        for (var d = 0; d < days; d++) w.Step();
        return w;
    }

    private static void Headline(int threads)
    {
        const int n = Worlds.HeadlineResidents;
        var spec = Worlds.Rural(n);
        var world = Warm(Worlds.Build(spec, 1), 30);
        var engine = Best(world.Step, 20, 8);
        var full = Warm(Worlds.Build(spec, 1, Worlds.FullMix), 30);
        var engineFull = Best(full.Step, 20, 8);
        var parallel = Warm(Worlds.Build(spec, threads), 30);
        var engineN = Best(parallel.Step, 20, 8);
        var parallelFull = Warm(Worlds.Build(spec, threads, Worlds.FullMix), 30);
        var engineFullN = Best(parallelFull.Step, 20, 8);

        var naive = new NaiveModel(world);
        naive.Step();
        var naive1 = Best(naive.Step, 3, 4);

        var limit = new LimitLoop(world);
        for (var i = 0; i < 20; i++) limit.Tick();
        var limit1 = Best(() => limit.Tick(), 20, 8);

        Console.WriteLine($"## Headline: rural {n:N0} residents");
        Console.WriteLine();
        Console.WriteLine("| measure | resident-days/s (cpu) | ns per resident-day (cpu) | resident-days/s (wall) | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        Row("engine, baseline, 1 thread", n, engine, true, "");
        Row("engine, full mix, 1 thread", n, engineFull, true, $"{engineFull.Cpu / engine.Cpu:F2}× the baseline's time");
        Row($"engine, baseline, {threads} threads", n, engineN, false, $"{engine.Wall / engineN.Wall:F2}× the 1-thread rate (wall)");
        Row($"engine, full mix, {threads} threads", n, engineFullN, false, $"{engineFull.Wall / engineFullN.Wall:F2}× the 1-thread rate (wall)");
        Row("naive baseline, 1 thread", n, naive1, true, $"engine is {naive1.Cpu / engine.Cpu:F1}× faster");
        Row("limit loop, 1 thread", n, limit1, true, $"engine takes {engine.Cpu / limit1.Cpu:F2}× the limit's time");
        foreach (var (name, mix) in new[] { ("baseline", Mixes.Baseline), ("full mix", Worlds.FullMix) })
        {
            // Issue 2's measure: a whole year from a freshly built world (indicators at the end), one thread.
            var year = Worlds.Build(spec, 1, mix);
            var c0 = ThreadCpuSeconds();
            var sw = Stopwatch.StartNew();
            year.Run(365);
            var run = new Timing(sw.Elapsed.TotalSeconds / 365, (ThreadCpuSeconds() - c0) / 365);
            Row($"engine, {name}, 365 days from build, 1 thread", n, run, true, $"{run.Cpu * 365:F2} s cpu for the year");
        }
        Console.WriteLine();
        Console.WriteLine($"Limit loop replays {limit.MessagesPerTick:N0} act-phase messages per tick ({(double)limit.MessagesPerTick / n:F2} per resident).");
        var ticks = world.PhaseTicks;
        var sum = ticks.Sum();
        Console.WriteLine($"Engine phases (1 thread, share of tick time): interventions {Share(ticks[0], sum)}, act {Share(ticks[1], sum)}, route {Share(ticks[2], sum)}, deliver {Share(ticks[3], sum)}, professionals {Share(ticks[4], sum)}.");
        Console.WriteLine();
    }

    private static string Share(long part, long total) => $"{100.0 * part / Math.Max(1, total):F0}%";

    private static void Row(string name, int residents, Timing t, bool cpu, string ratio) =>
        Console.WriteLine(cpu
            ? $"| {name} | {Rate(residents / t.Cpu)} | {t.Cpu / residents * 1e9:F0} | {Rate(residents / t.Wall)} | {ratio} |"
            : $"| {name} | – | – | {Rate(residents / t.Wall)} | {ratio} |");

    private static void Scaling(int threads, bool large)
    {
        Console.WriteLine("## Scaling with agents (baseline mix)");
        Console.WriteLine();
        Console.WriteLine($"| residents | build s | 1 thread (cpu) | 1 thread (wall) | {threads} threads (wall) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var n in large ? new[] { 1_000, 10_000, 100_000, 1_000_000 } : [1_000, 10_000, 100_000])
        {
            var sw = Stopwatch.StartNew();
            var spec = Worlds.Rural(n);
            var world = Worlds.Build(spec, threads);
            var build = sw.Elapsed.TotalSeconds;
            var days = Math.Clamp(200_000 / n, 2, 50);
            var parallel = Best(Warm(world, Math.Min(10, days)).Step, days, 3);
            world = Warm(Worlds.Build(spec, 1), Math.Min(10, days));
            var single = Best(world.Step, days, 3);
            Console.WriteLine($"| {n:N0} | {build:F1} | {Rate(n / single.Cpu)} | {Rate(n / single.Wall)} | {Rate(n / parallel.Wall)} |");
        }
        Console.WriteLine();
    }

    private static void TiesAndContacts()
    {
        const int n = Worlds.HeadlineResidents;
        Console.WriteLine($"## Scaling with ties per agent and contacts per day ({n:N0} residents, baseline, 1 thread, cpu)");
        Console.WriteLine();
        Console.WriteLine("| neighbour + friend ties (start mean) | contacts/day (parameter) | half-edges per resident | contacts per resident-day | resident-days/s | ns per contact |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (nt, ft, c) in new[] { (4.0, 2.0, 3.0), (8.0, 5.0, 3.0), (16.0, 10.0, 3.0), (8.0, 5.0, 1.0), (8.0, 5.0, 6.0) })
        {
            var world = Warm(Worlds.Build(Worlds.Rural(n, nt, ft, c), 1), 20);
            var before = ContactsSoFar(world);
            var t = Best(world.Step, 20, 4);
            var contacts = (ContactsSoFar(world) - before) / 80.0;
            var edges = Account(world).HalfEdges;
            Console.WriteLine($"| {nt:F0} + {ft:F0} | {c:F0} | {(double)edges / n:F1} | {contacts / n:F2} | {Rate(n / t.Cpu)} | {t.Cpu / contacts * 1e9:F0} |");
        }
        Console.WriteLine();
    }

    private static void Memory()
    {
        const int n = 100_000;
        Console.WriteLine($"## Memory ({n:N0} residents, baseline)");
        Console.WriteLine();
        var (sparseBytes, sparse) = Retained(() => Worlds.Build(Worlds.Rural(n, 2, 1), 1));
        var sparseEdges = Account(sparse).HalfEdges;
        sparse = null;
        var (denseBytes, dense) = Retained(() => Worlds.Build(Worlds.Rural(n, 16, 10), 1));
        var denseEdges = Account(dense).HalfEdges;
        dense = null;
        var perTie = (denseBytes - sparseBytes) / ((denseEdges - sparseEdges) / 2.0);
        var perResident = (denseBytes - perTie * denseEdges / 2.0) / n;
        var (builtBytes, world) = Retained(() => Worlds.Build(Worlds.Rural(n), 1));
        var built = Account(world);
        FullCollect();
        var before = GC.GetTotalMemory(true);
        Warm(world, 100);
        FullCollect();
        var grown = GC.GetTotalMemory(true) - before;
        var ran = Account(world);
        var ties = ran.HalfEdges / 2.0;
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| managed heap of a built world | {builtBytes / 1e6:F1} MB = {(double)builtBytes / n:F0} B per resident ({built.HalfEdges / 2.0 / n:F1} ties per resident) |");
        Console.WriteLine($"| fit over two tie densities (built): per resident | {perResident:F0} B |");
        Console.WriteLine($"| fit over two tie densities (built): per tie (two half-edges) | {perTie:F1} B |");
        Console.WriteLine($"| heap after 100 days | {(builtBytes + grown) / 1e6:F1} MB = {(builtBytes + grown) / (double)n:F0} B per resident |");
        Console.WriteLine($"| own accounting after 100 days: resident arrays | {(double)ran.ResidentArrayBytes / n:F0} B per resident |");
        Console.WriteLine($"| own accounting after 100 days: tie stores | {ran.TieStoreBytes / 1e6:F1} MB for {ran.HalfEdges:N0} half-edges in {ran.HalfEdgeCapacity:N0} slots = {ran.TieStoreBytes / ties:F1} B per tie |");
        Console.WriteLine($"| own accounting after 100 days: message buffers | {ran.MessageBytes / 1e6:F1} MB = {(double)ran.MessageBytes / n:F0} B per resident |");
        Console.WriteLine($"| state (resident arrays + tie stores) per resident + per tie | {(double)ran.ResidentArrayBytes / n:F0} B + {ran.TieStoreBytes / ties:F1} B |");
        Console.WriteLine();
        GC.KeepAlive(world);
    }

    private static void Allocations(int threads)
    {
        const int days = 200;
        Console.WriteLine($"## Allocations per tick (after 365 warm-up days, mean over the next {days})");
        Console.WriteLine();
        Console.WriteLine("| world | mix | threads | bytes allocated per tick | of which tie arenas and compaction scratch outgrown | half-edges at start → end |");
        Console.WriteLine("|---|---|---:|---:|---:|---|");
        foreach (var (n, t, mix) in new[] { (10_000, 1, Mixes.Baseline), (10_000, threads, Mixes.Baseline), (10_000, 1, Worlds.FullMix), (10_000, threads, Worlds.FullMix) })
        {
            var world = Warm(Worlds.Build(Worlds.Rural(n), t, mix), 365);
            var grown = world.Blocks.Sum(b => b.Ties.GrowthBytes) + TieStore.ScratchBytes;
            var edges = Account(world).HalfEdges;
            var perTick = AllocatedPerTick(world.Step, days);
            grown = world.Blocks.Sum(b => b.Ties.GrowthBytes) + TieStore.ScratchBytes - grown;
            Console.WriteLine($"| rural {n:N0} | {(mix == Mixes.Baseline ? "baseline" : "full")} | {t} | {perTick:F0} | {grown / (double)days:F0} | {edges:N0} → {Account(world).HalfEdges:N0} |");
        }
        Console.WriteLine();
    }

    /// <summary>
    /// Steps one warmed-up world for a number of seconds and prints the phase shares, for an external profiler
    /// (e.g. <c>DOTNET_PerfMapEnabled=1 perf record -g</c>). Options: --profile [seconds] [residents] [threads] [--full].
    /// </summary>
    public static int Profile(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var numbers = args.SkipWhile(a => a != "--profile").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var seconds = numbers.Length > 0 ? numbers[0] : 20;
        var n = numbers.Length > 1 ? numbers[1] : Worlds.HeadlineResidents;
        var threads = numbers.Length > 2 ? numbers[2] : 1;
        var mix = args.Contains("--full") ? Worlds.FullMix : Mixes.Baseline;
        var world = Warm(Worlds.Build(Worlds.Rural(n), threads, mix), 30);
        Array.Clear(world.PhaseTicks);
        var days = 0;
        var c0 = ThreadCpuSeconds();
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            world.Step();
            days++;
        }
        var ticks = world.PhaseTicks;
        var sum = ticks.Sum();
        Console.WriteLine($"{days} days of {n:N0} residents ({(mix == Mixes.Baseline ? "baseline" : "full")}, {threads} threads): {Rate((double)days * n / sw.Elapsed.TotalSeconds)} resident-days/s (wall), {Rate((double)days * n / (ThreadCpuSeconds() - c0))} (calling thread's cpu).");
        Console.WriteLine($"Phases: interventions {Share(ticks[0], sum)}, act {Share(ticks[1], sum)}, route {Share(ticks[2], sum)}, deliver {Share(ticks[3], sum)}, professionals {Share(ticks[4], sum)}.");
        return 0;
    }

    private static int Year(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var n = 1_000_000;
        var threads = Environment.ProcessorCount;
        var mix = args.Contains("--full") ? Worlds.FullMix : Mixes.Baseline;
        Console.WriteLine($"Machine: {Machine()}; load average at start {LoadAverage()}.");
        var sw = Stopwatch.StartNew();
        var world = Worlds.Build(Worlds.Rural(n), threads, mix);
        Console.WriteLine($"Built {n:N0} residents in {sw.Elapsed.TotalSeconds:F1} s; {Account(world).HalfEdges:N0} half-edges; mix {(mix == Mixes.Baseline ? "baseline" : "full")}.");
        sw.Restart();
        var end = world.Run(365, 30);
        var run = sw.Elapsed.TotalSeconds;
        var ticks = world.PhaseTicks;
        var sum = ticks.Sum();
        Console.WriteLine($"One year (365 days, indicators every 30 days) on {threads} threads: {run:F1} s = {Rate(365.0 * n / run)} resident-days/s; contacts {end["contacts"]:N0}; load average at end {LoadAverage()}.");
        Console.WriteLine($"Phases: interventions {Share(ticks[0], sum)}, act {Share(ticks[1], sum)}, route {Share(ticks[2], sum)}, deliver {Share(ticks[3], sum)}, professionals {Share(ticks[4], sum)}; indicators {run - sum / (double)Stopwatch.Frequency:F1} s.");
        return 0;
    }
}
