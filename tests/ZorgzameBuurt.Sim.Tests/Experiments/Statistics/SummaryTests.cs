using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

public sealed class SummaryTests
{
    [Fact]
    public void Of_StudentSleepGroup1_MatchesOneSampleTInterval()
    {
        // Cushny & Peebles / Student (1908) sleep data, drug 1; R: t.test(sleep$extra[1:10])
        // mean 0.75, sd 1.789010, 95% CI [-0.5297804, 2.0297804].
        var s = Summary.Of(SleepData.Drug1);
        Assert.Equal(10, s.N);
        Assert.Equal(0.75, s.Mean, 10);
        Assert.Equal(1.789010, s.StandardDeviation, 5);
        Assert.Equal(-0.5297804, s.Lower, 6);
        Assert.Equal(2.0297804, s.Upper, 6);
        Assert.Equal(0.95, s.Level);
    }

    [Fact]
    public void Of_HigherLevel_WiderInterval()
    {
        var s95 = Summary.Of(SleepData.Drug1, 0.95);
        var s99 = Summary.Of(SleepData.Drug1, 0.99);
        Assert.True(s99.HalfWidth > s95.HalfWidth);
        Assert.Equal(3.249836 * s95.StandardError, s99.HalfWidth, 5);
    }

    [Fact]
    public void Of_SingleValue_MeanKnownIntervalNaN()
    {
        var s = Summary.Of([4.2]);
        Assert.Equal(1, s.N);
        Assert.Equal(4.2, s.Mean);
        Assert.False(s.HasInterval);
        Assert.True(double.IsNaN(s.Lower));
        Assert.True(double.IsNaN(s.Upper));
        Assert.Equal("4.2 [n/a] (n=1)", s.ToString());
    }

    [Fact]
    public void Of_NoValues_MeanNaN()
    {
        var s = Summary.Of(Array.Empty<double>());
        Assert.Equal(0, s.N);
        Assert.True(double.IsNaN(s.Mean));
    }

    [Fact]
    public void ToString_TwoValues_InvariantFormat()
    {
        // 1 and 3: mean 2, sd √2, half width 12.706205 · √2/√2 = 12.706205.
        var s = Summary.Of([1.0, 3.0]);
        Assert.Equal(12.706205, s.HalfWidth, 5);
        Assert.Equal("2 [-10.71, 14.71] (n=2)", s.ToString());
    }
}
