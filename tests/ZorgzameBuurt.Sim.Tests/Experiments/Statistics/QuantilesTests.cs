using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

public sealed class QuantilesTests
{
    private static readonly double[] OneToTen = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];

    // R: quantile(1:10, p) with the default type 7.
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(0.9, 9.1)]
    [InlineData(1.0, 10.0)]
    public void Of_OneToTenUnsorted_MatchesRType7(double p, double expected)
    {
        Assert.Equal(expected, Quantiles.Of(OneToTen, p), 12);
    }

    [Fact]
    public void Of_SeveralProbabilities_SameAsOneByOne()
    {
        var q = Quantiles.Of(OneToTen, [0.1, 0.5, 0.9]);
        Assert.Equal([1.9, 5.5, 9.1], q.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Median_OddCountWithNaN_IgnoresNaN()
    {
        Assert.Equal(3, Quantiles.Median([5, double.NaN, 1, 3]));
    }

    [Fact]
    public void Of_Empty_IsNaN()
    {
        Assert.True(double.IsNaN(Quantiles.Of(Array.Empty<double>(), 0.5)));
    }

    [Fact]
    public void Of_ProbabilityAboveOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Of(OneToTen, 1.5));
    }
}
