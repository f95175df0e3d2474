using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

public sealed class PairedDifferenceTests
{
    [Fact]
    public void Of_SleepData_MatchesPairedTTest()
    {
        // R: t.test(extra ~ group, data = sleep, paired = TRUE): mean of differences -1.58,
        // 95% CI [-2.4598858, -0.7001142], t = -4.0621 on 9 df.
        var d = PairedDifference.Of(SleepData.Drug2, SleepData.Drug1).Difference();
        Assert.Equal(10, d.N);
        Assert.Equal(-1.58, d.Mean, 10);
        Assert.Equal(-2.4598858, d.Lower, 6);
        Assert.Equal(-0.7001142, d.Upper, 6);
        Assert.Equal(-4.0621, d.Mean / d.StandardError, 3);
    }

    [Fact]
    public void Of_SleepData_NarrowerThanUnpairedWelchInterval()
    {
        // The unpaired (Welch) 95% CI for the same data is [-3.3654832, 0.2054832]: half width 1.7855.
        // Pairing removes the between-patient variation that both drugs share.
        var d = PairedDifference.Of(SleepData.Drug2, SleepData.Drug1).Difference();
        Assert.True(d.HalfWidth < 1.7855, $"paired half width {d.HalfWidth}");
    }

    [Fact]
    public void Of_SleepData_MemberSummariesMatchGroups()
    {
        var p = PairedDifference.Of(SleepData.Drug2, SleepData.Drug1);
        Assert.Equal(2.33, p.Baseline().Mean, 10);
        Assert.Equal(0.75, p.Alternative().Mean, 10);
    }

    [Fact]
    public void Of_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => PairedDifference.Of([1.0, 2.0], [1.0]));
    }

    [Fact]
    public void Add_NaNMember_PairSkipped()
    {
        var p = new PairedDifference();
        p.Add(1, 2);
        p.Add(double.NaN, 5);
        p.Add(3, 5);
        Assert.Equal(2, p.Count);
        Assert.Equal(1, p.Skipped);
        Assert.Equal(1.5, p.Difference().Mean);
    }

    [Fact]
    public void OfRuns_ReplicationsInAnyOrder_PairedByReplicationNumber()
    {
        static RunResult Run(string mix, int rep, double v) =>
            new(mix, rep, (ulong)rep, null, new IndicatorSet(10, [new("lonely_share", v)]), []);

        var baseline = new[] { Run("base", 0, 0.30), Run("base", 1, 0.40), Run("base", 2, 0.20), Run("base", 3, 0.50) };
        // Alternative listed out of order, lacks replication 0 and has an unmatched replication 9.
        var alternative = new[] { Run("hub", 3, 0.45), Run("hub", 9, 0.0), Run("hub", 1, 0.36), Run("hub", 2, 0.17) };

        var p = PairedDifference.OfRuns(baseline, alternative, "lonely_share");
        Assert.Equal(3, p.Count);
        Assert.Equal((-0.05 - 0.04 - 0.03) / 3, p.Difference().Mean, 12);
    }
}
