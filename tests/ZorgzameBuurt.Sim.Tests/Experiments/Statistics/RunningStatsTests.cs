using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

public sealed class RunningStatsTests
{
    [Fact]
    public void Add_FourValues_MeanTenVarianceThirty()
    {
        // The classic example of Welford's algorithm: 4, 7, 13, 16 → mean 10, sample variance 30.
        var s = new RunningStats();
        foreach (var x in new[] { 4.0, 7, 13, 16 }) s.Add(x);
        Assert.Equal(4, s.Count);
        Assert.Equal(10, s.Mean, 12);
        Assert.Equal(30, s.Variance, 12);
        Assert.Equal(Math.Sqrt(30), s.StandardDeviation, 12);
        Assert.Equal(4, s.Min);
        Assert.Equal(16, s.Max);
    }

    [Fact]
    public void Add_LargeCommonOffset_VarianceStaysExact()
    {
        // Same data shifted by 1e9: the naive sum-of-squares formula loses all digits here, Welford does not.
        var s = new RunningStats();
        foreach (var x in new[] { 4.0, 7, 13, 16 }) s.Add(1e9 + x);
        Assert.Equal(1e9 + 10, s.Mean, 6);
        Assert.Equal(30, s.Variance, 6);
    }

    [Fact]
    public void Merge_TwoHalves_EqualsAddingAllToOne()
    {
        var values = Enumerable.Range(0, 101).Select(i => Math.Sin(i) * 50 + i * 0.3).ToArray();
        var all = new RunningStats();
        var a = new RunningStats();
        var b = new RunningStats();
        for (var i = 0; i < values.Length; i++)
        {
            all.Add(values[i]);
            (i < 37 ? a : b).Add(values[i]);
        }
        a.Merge(b);
        Assert.Equal(all.Count, a.Count);
        Assert.Equal(all.Mean, a.Mean, 10);
        Assert.Equal(all.Variance, a.Variance, 9);
        Assert.Equal(all.Min, a.Min);
        Assert.Equal(all.Max, a.Max);
    }

    [Fact]
    public void Merge_IntoEmpty_CopiesOther()
    {
        var a = new RunningStats();
        var b = new RunningStats();
        b.Add(2);
        b.Add(4);
        a.Merge(b);
        Assert.Equal(3, a.Mean);
        Assert.Equal(2, a.Variance);
    }

    [Fact]
    public void Add_NaN_SkippedAndCountedAsMissing()
    {
        var s = new RunningStats();
        s.Add(1);
        s.Add(double.NaN);
        s.Add(3);
        Assert.Equal(2, s.Count);
        Assert.Equal(1, s.Missing);
        Assert.Equal(2, s.Mean);
    }

    [Fact]
    public void Variance_FewerThanTwoValues_IsNaN()
    {
        var s = new RunningStats();
        Assert.True(double.IsNaN(s.Mean));
        s.Add(5);
        Assert.Equal(5, s.Mean);
        Assert.True(double.IsNaN(s.Variance));
    }
}
