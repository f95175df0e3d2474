using BenchmarkDotNet.Attributes;

namespace ZorgzameBuurt.Sim.Benchmarks.Macro;

/// <summary>One tick (a day) of rural worlds from 1,000 to 1,000,000 residents on 1 and 2 threads.</summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(10)]
public class MacroBenchmarks
{
    private World _world = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Residents { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Residents), Threads);
        for (var d = 0; d < 20; d++) _world.Step();
    }

    [Benchmark]
    public void Tick() => _world.Step();
}

/// <summary>One tick of a 10,000-resident world as ties per agent and contacts per day grow.</summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(10)]
public class ScalingBenchmarks
{
    private World _world = null!;

    public int Residents { get; set; } = Worlds.HeadlineResidents;

    /// <summary>Start mean of neighbour ties; friend ties are set to 5/8 of it.</summary>
    [Params(4, 8, 16)]
    public double NeighbourTies { get; set; }

    [Params(1, 3, 6)]
    public double ContactsPerDay { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Residents, NeighbourTies, NeighbourTies * 5 / 8, ContactsPerDay), 1);
        for (var d = 0; d < 20; d++) _world.Step();
    }

    [Benchmark]
    public void Tick() => _world.Step();
}
