using ZorgzameBuurt.Sim.Experiments.Designs;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Designs;

public sealed class LatinHypercubeDesignTests
{
    private static readonly Factor[] Factors =
    [
        new("a", 0, 1),
        new("b", -5, 5),
        new("c", 100, 250),
        new("d", 0.01, 0.02),
    ];

    [Theory]
    [InlineData(1, 1UL)]
    [InlineData(17, 42UL)]
    [InlineData(200, 7UL)]
    public void Points_EachFactor_EveryStratumHitExactlyOnce(int n, ulong seed)
    {
        var lhs = new LatinHypercubeDesign(Factors, n, seed);
        Assert.Equal(n, lhs.Points.Count);
        foreach (var f in Factors)
        {
            var strata = lhs.Points
                .Select(p => (int)Math.Floor((p[f.Name] - f.Min) / (f.Max - f.Min) * n))
                .OrderBy(s => s)
                .ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void Points_AllValuesWithinFactorRanges()
    {
        var lhs = new LatinHypercubeDesign(Factors, 50, 3);
        foreach (var p in lhs.Points)
            foreach (var f in Factors)
                Assert.InRange(p[f.Name], f.Min, f.Max);
    }

    [Fact]
    public void Points_SameSeed_IdenticalDesign()
    {
        var a = new LatinHypercubeDesign(Factors, 30, 99);
        var b = new LatinHypercubeDesign(Factors, 30, 99);
        Assert.Equal(a.Points.SelectMany(p => p.Ordered), b.Points.SelectMany(p => p.Ordered));
    }

    [Fact]
    public void Points_DifferentSeed_DifferentDesign()
    {
        var a = new LatinHypercubeDesign(Factors, 30, 99);
        var b = new LatinHypercubeDesign(Factors, 30, 100);
        Assert.NotEqual(a.Points.SelectMany(p => p.Ordered), b.Points.SelectMany(p => p.Ordered));
    }

    [Fact]
    public void Points_TwoFactors_StrataNotPairedInLockstep()
    {
        // Independent permutations: with 40 samples the strata of a and b should not coincide for every point.
        var lhs = new LatinHypercubeDesign(Factors, 40, 5);
        var same = lhs.Points.Count(p => (int)(p["a"] * 40) == (int)((p["b"] + 5) / 10 * 40));
        Assert.True(same < 40 / 2, $"{same} of 40 points share the stratum of a and b");
    }
}
