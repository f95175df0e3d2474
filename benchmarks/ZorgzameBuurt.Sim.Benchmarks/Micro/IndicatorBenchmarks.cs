using BenchmarkDotNet.Attributes;

namespace ZorgzameBuurt.Sim.Benchmarks.Micro;

/// <summary>Collecting every indicator (overall and by subgroup) off a world; runs between ticks.</summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private World _world = null!;

    [Params(10_000, 100_000)]
    public int Residents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Residents), 2);
        for (var d = 0; d < 30; d++) _world.Step();
    }

    [Benchmark]
    public Indicators.IndicatorSet Collect() => _world.Indicators();
}
