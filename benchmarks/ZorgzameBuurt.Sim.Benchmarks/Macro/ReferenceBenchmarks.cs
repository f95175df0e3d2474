using BenchmarkDotNet.Attributes;
using ZorgzameBuurt.Sim.Benchmarks.Reference;

namespace ZorgzameBuurt.Sim.Benchmarks.Macro;

/// <summary>
/// The engine against its two references on the same 10,000-resident world, in one run: the naive baseline
/// (objects, lists, a decay pass over every tie) and the limit loop (the tick's memory traffic without logic).
/// All single-threaded. The Ratio column is time relative to the engine.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(15)]
public class ReferenceBenchmarks
{
    private World _world = null!;
    private NaiveModel _naive = null!;
    private LimitLoop _limit = null!;

    [Params(Worlds.HeadlineResidents)]
    public int Residents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Residents), 1);
        for (var d = 0; d < 30; d++) _world.Step();
        _naive = new NaiveModel(_world);
        _limit = new LimitLoop(Worlds.Build(Worlds.Rural(Residents), 1).Also(w => { for (var d = 0; d < 30; d++) w.Step(); }));
    }

    [Benchmark(Baseline = true)]
    public void EngineTick() => _world.Step();

    [Benchmark]
    public void NaiveTick() => _naive.Step();

    [Benchmark]
    public void LimitTick() => _limit.Tick();
}

internal static class ObjectExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
