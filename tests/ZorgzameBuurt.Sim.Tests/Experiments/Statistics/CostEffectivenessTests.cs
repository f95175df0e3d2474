using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

public sealed class CostEffectivenessTests
{
    private static readonly Summary SleepEffect = PairedDifference.Of(SleepData.Drug2, SleepData.Drug1).Difference();

    [Fact]
    public void Compute_PositiveCost_ScalesEffectAndIntervalPerThousandEuros()
    {
        // Effect -1.58 [-2.4598858, -0.7001142] for 2,000 euros extra: per 1,000 euros -0.79 [-1.2299429, -0.3500571].
        var ce = CostEffectiveness.Compute(SleepEffect, 2000, 10);
        Assert.Equal(-0.79, ce.PerThousandEuros.Estimate, 10);
        Assert.Equal(-1.2299429, ce.PerThousandEuros.Lower, 6);
        Assert.Equal(-0.3500571, ce.PerThousandEuros.Upper, 6);
        Assert.Equal(-0.158, ce.PerStaffHour.Estimate, 10);
        Assert.Equal(-0.24598858, ce.PerStaffHour.Lower, 7);
    }

    [Fact]
    public void Compute_NegativeCost_BoundsStayOrdered()
    {
        var ce = CostEffectiveness.Compute(SleepEffect, -1000, -5);
        Assert.Equal(1.58, ce.PerThousandEuros.Estimate, 10);
        Assert.Equal(0.7001142, ce.PerThousandEuros.Lower, 6);
        Assert.Equal(2.4598858, ce.PerThousandEuros.Upper, 6);
        Assert.True(ce.PerStaffHour.Lower <= ce.PerStaffHour.Upper);
    }

    [Fact]
    public void Compute_NearZeroCost_NotAvailable()
    {
        var ce = CostEffectiveness.Compute(SleepEffect, 0.4, 0.0);
        Assert.False(ce.PerThousandEuros.IsAvailable);
        Assert.True(double.IsNaN(ce.PerThousandEuros.Estimate));
        Assert.False(ce.PerStaffHour.IsAvailable);
        Assert.Equal("n/a", ce.PerThousandEuros.ToString());
    }

    [Fact]
    public void Compute_SingleReplication_EstimateWithoutInterval()
    {
        var ce = CostEffectiveness.Compute(Summary.Of([2.0]), 4000, 8);
        Assert.Equal(0.5, ce.PerThousandEuros.Estimate, 12);
        Assert.True(double.IsNaN(ce.PerThousandEuros.Lower));
        Assert.Equal("0.5 [n/a]", ce.PerThousandEuros.ToString());
    }
}
