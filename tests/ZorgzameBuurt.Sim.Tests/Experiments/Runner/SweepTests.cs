using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Runner;

public sealed class SweepTests
{
    [Fact]
    public void From_MorrisRuns_MuStarIsTheWholeRangeEffectOfEachFactor()
    {
        var design = new MorrisDesign([new Factor("a", 0, 10), new Factor("b", 0, 1)], trajectories: 4, levels: 4, seed: 1);
        // y = 0.3·a + noise shared by replication; b has no effect.
        var runs = design.Points.SelectMany(p => Enumerable.Range(0, 2).Select(k =>
        {
            var end = new IndicatorSet(10, [new("y", 0.3 * p["a"] + 0.5 * k)]);
            return new RunResult(p.Label, k, (ulong)k, p.Values, end, [end]);
        }));

        var sweep = Sweep.From(runs, design, replications: 2);

        var effects = sweep.EffectsOn("y");
        Assert.Equal("a", effects[0].Factor);
        Assert.Equal(3.0, effects[0].MuStar, 9);
        Assert.Equal(0.0, effects[1].MuStar, 9);
        Assert.Equal(4, effects[0].Count);
        Assert.All(sweep.Points, p => Assert.Equal(2, p.Levels.Runs));
    }

    [Fact]
    public void From_GridRuns_NoMorrisEffectsAndMeansPerPoint()
    {
        var design = new GridDesign([new Factor("a", 0, 1)], 3);
        var runs = design.Points.Select(p => new IndicatorSet(1, [new("y", p["a"])]))
            .Select((end, i) => new RunResult(design.Points[i].Label, 0, 0, null, end, [end]));

        var sweep = Sweep.From(runs, design, 1);

        Assert.Empty(sweep.Effects);
        Assert.Equal([0, 0.5, 1], sweep.Points.Select(p => p.Levels.Summary("y").Mean));
    }
}
