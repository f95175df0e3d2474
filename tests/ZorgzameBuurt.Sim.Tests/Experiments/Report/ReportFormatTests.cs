using ZorgzameBuurt.Sim.Experiments.Report;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Report;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(0.1234, true, "12.3%")]
    [InlineData(0.004, true, "0.40%")]
    [InlineData(1234.4, false, "1234")]
    [InlineData(12.345, false, "12.3")]
    [InlineData(0.5, false, "0.500")]
    [InlineData(0.0123, false, "0.012")]
    [InlineData(0.000061, true, "0.0061%")]
    [InlineData(-2.5, false, "\u22122.50")]
    [InlineData(double.NaN, false, "\u2013")]
    [InlineData(double.PositiveInfinity, true, "\u2013")]
    public void Value_LevelsAndShares_FormattedForReaders(double value, bool isShare, string expected)
    {
        Assert.Equal(expected, ReportFormat.Value(value, isShare));
    }

    [Theory]
    [InlineData(-0.012, true, "\u22121.2 pp")]
    [InlineData(0.05, true, "+5.0 pp")]
    [InlineData(0.0, true, "\u00b10.00 pp")]
    [InlineData(3.25, false, "+3.25")]
    [InlineData(-0.05 / 820, true, "\u22120.0061 pp")]
    public void Diff_Differences_AlwaysSignedSharesInPercentagePoints(double value, bool isShare, string expected)
    {
        Assert.Equal(expected, ReportFormat.Diff(value, isShare));
    }

    [Fact]
    public void Interval_MissingEnd_Dash()
    {
        Assert.Equal("\u2013", ReportFormat.Interval(null, 0.2, isShare: true, isDiff: false));
        Assert.Equal("10.0% to 20.0%", ReportFormat.Interval(0.1, 0.2, isShare: true, isDiff: false));
    }

    [Fact]
    public void Euros_LargeAmount_GroupedWithEuroSign()
    {
        Assert.Equal("\u20ac41,000", ReportFormat.Euros(41_000));
    }

    [Fact]
    public void Describe_UnknownShareIndicator_HumanLabelOtherGroupNoDirection()
    {
        var info = IndicatorCatalog.Describe("volunteer_burnout_share");

        Assert.Equal("Volunteer burnout share", info.Label);
        Assert.Equal(IndicatorCatalog.OtherGroup, info.Group);
        Assert.Null(info.LowerIsBetter);
        Assert.True(info.IsShare);
    }

    [Fact]
    public void Describe_KnownIndicator_LabelGroupAndDirection()
    {
        var info = IndicatorCatalog.Describe("signals_lost");

        Assert.Equal(IndicatorCatalog.GapGroup, info.Group);
        Assert.True(info.LowerIsBetter);
        Assert.False(info.IsShare);
    }
}
