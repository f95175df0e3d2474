using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

public sealed class StudentTTests
{
    // Textbook two-sided 95% critical values (any t table).
    [Theory]
    [InlineData(1, 12.706205)]
    [InlineData(4, 2.776445)]
    [InlineData(9, 2.262157)]
    [InlineData(30, 2.042272)]
    public void TwoSidedCritical_Level95_MatchesTable(int df, double expected)
    {
        Assert.Equal(expected, StudentT.TwoSidedCritical(0.95, df), tolerance: 1e-6);
    }

    [Fact]
    public void TwoSidedCritical_Level99Df9_Is3250()
    {
        Assert.Equal(3.249836, StudentT.TwoSidedCritical(0.99, 9), tolerance: 1e-6);
    }

    [Fact]
    public void TwoSidedCritical_HugeDf_ApproachesNormal1960()
    {
        Assert.Equal(1.959964, StudentT.TwoSidedCritical(0.95, 1e7), tolerance: 1e-5);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void TwoSidedCritical_LevelOutsideUnitInterval_Throws(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.TwoSidedCritical(level, 5));
    }
}
