using ZorgzameBuurt.Sim.Experiments.Designs;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Designs;

public sealed class GridDesignTests
{
    private static readonly Factor[] Two = [new("hub.capacity", 10, 30), new("volunteers.share", 0.0, 0.2)];

    [Fact]
    public void Points_ThreeByTwoLevels_AllSixCombinationsOnce()
    {
        var g = new GridDesign(Two, [3, 2]);
        var combos = g.Points.Select(p => (p["hub.capacity"], p["volunteers.share"])).ToList();
        Assert.Equal(6, combos.Count);
        Assert.Equal(6, combos.Distinct().Count());
        foreach (var a in new[] { 10.0, 20, 30 })
            foreach (var b in new[] { 0.0, 0.2 })
                Assert.Contains((a, b), combos);
    }

    [Fact]
    public void Points_LastFactorVariesFastest()
    {
        var g = new GridDesign(Two, [3, 2]);
        Assert.Equal([10.0, 10, 20, 20, 30, 30], g.Points.Select(p => p["hub.capacity"]));
        Assert.Equal([0.0, 0.2, 0.0, 0.2, 0.0, 0.2], g.Points.Select(p => p["volunteers.share"]));
    }

    [Fact]
    public void Points_EndLevels_ExactlyMinAndMax()
    {
        var g = new GridDesign([new Factor("x", 0.1, 0.7)], 7);
        Assert.Equal(0.1, g.Points[0]["x"]);
        Assert.Equal(0.7, g.Points[^1]["x"]);
    }

    [Fact]
    public void Points_SingleLevel_IsMidpoint()
    {
        var g = new GridDesign(Two, [1, 2]);
        Assert.All(g.Points, p => Assert.Equal(20, p["hub.capacity"]));
    }

    [Fact]
    public void Labels_TwelvePoints_UniqueAndSortInDesignOrder()
    {
        var g = new GridDesign(Two, [4, 3]);
        var labels = g.Points.Select(p => p.Label).ToArray();
        Assert.Equal(labels.Length, labels.Distinct().Count());
        Assert.Equal(labels, labels.OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal("g00", labels[0]);
        Assert.Equal("g11", labels[^1]);
    }

    [Fact]
    public void Constructor_TooManyPoints_Throws()
    {
        var many = Enumerable.Range(0, 7).Select(i => new Factor($"f{i}", 0, 1)).ToArray();
        Assert.Throws<ArgumentException>(() => new GridDesign(many, 10));
    }

    [Fact]
    public void Constructor_DuplicateFactorName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new GridDesign([new Factor("a", 0, 1), new Factor("a", 0, 2)], 2));
    }

    [Fact]
    public void Factor_MaxBelowMin_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Factor("a", 2, 1));
    }
}
