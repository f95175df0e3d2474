using ZorgzameBuurt.Sim.Experiments.Designs;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Designs;

public sealed class MorrisDesignTests
{
    private static readonly Factor[] Unit3 = [new("x1", 0, 1), new("x2", 0, 1), new("x3", 0, 1)];

    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(4, 2.0 / 3.0)]
    [InlineData(6, 0.6)]
    public void Delta_PLevels_IsPOverTwoPMinusOne(int p, double expected)
    {
        Assert.Equal(expected, new MorrisDesign(Unit3, 2, p, 1).Delta, 12);
    }

    [Fact]
    public void Points_RTrajectoriesOfKPlusOne()
    {
        var m = new MorrisDesign(Unit3, 10, 4, 11);
        Assert.Equal(10 * 4, m.Points.Count);
        Assert.Equal(10, m.TrajectoryList.Count);
        Assert.Equal(m.Points.Count, m.Points.Select(p => p.Label).Distinct().Count());
    }

    [Fact]
    public void Trajectories_ConsecutivePoints_DifferInOneFactorByDeltaOfItsRange()
    {
        Factor[] factors = [new("a", 0, 1), new("b", 10, 40), new("c", -2, 2), new("d", 5, 6)];
        var m = new MorrisDesign(factors, 25, 4, 3);
        foreach (var t in m.TrajectoryList)
        {
            Assert.Equal(Enumerable.Range(0, 4), t.ChangedFactor.OrderBy(f => f)); // each factor moves once
            for (var s = 0; s < factors.Length; s++)
            {
                var from = t.Points[s].Ordered;
                var to = t.Points[s + 1].Ordered;
                var moved = Enumerable.Range(0, factors.Length).Where(f => from[f] != to[f]).ToArray();
                var f1 = Assert.Single(moved);
                Assert.Equal(t.ChangedFactor[s], f1);
                var range = factors[f1].Max - factors[f1].Min;
                Assert.Equal(2.0 / 3.0, Math.Abs(to[f1] - from[f1]) / range, 9);
                Assert.Equal(Math.Sign(t.Steps[s]), Math.Sign(to[f1] - from[f1]));
            }
        }
    }

    [Fact]
    public void Points_AllValuesOnThePLevelGrid()
    {
        var m = new MorrisDesign(Unit3, 20, 4, 8);
        foreach (var p in m.Points)
            foreach (var v in p.Ordered)
                Assert.Equal(Math.Round(v * 3), v * 3, 9);
    }

    [Fact]
    public void Points_ManyTrajectories_VisitEveryLevel()
    {
        var m = new MorrisDesign(Unit3, 40, 4, 9);
        var levels = m.Points.Select(p => (int)Math.Round(p["x1"] * 3)).Distinct().OrderBy(l => l);
        Assert.Equal([0, 1, 2, 3], levels);
    }

    [Fact]
    public void Points_SameSeed_IdenticalDifferentSeedDiffers()
    {
        var a = new MorrisDesign(Unit3, 8, 4, 5).Points.SelectMany(p => p.Ordered).ToArray();
        var b = new MorrisDesign(Unit3, 8, 4, 5).Points.SelectMany(p => p.Ordered).ToArray();
        var c = new MorrisDesign(Unit3, 8, 4, 6).Points.SelectMany(p => p.Ordered).ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    public void Constructor_OddOrTooFewLevels_Throws(int p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MorrisDesign(Unit3, 4, p, 1));
    }
}
