using ZorgzameBuurt.Sim.Experiments.Patterns;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Patterns;

public sealed class PatternOutcomeTests
{
    private static readonly Pattern Dummy = new("0", "claim", "source", "measure", "a", "b", [new Variant("v", "baseline")], _ => (0, 0));

    [Fact]
    public void From_EveryPairHigherInB_Passes()
    {
        var outcome = PatternOutcome.From(Dummy, [(1, 2.1), (2, 3.0), (3, 3.9), (4, 5.2)]);

        Assert.True(outcome.Passed);
        Assert.Equal(1.05, outcome.Difference.Mean, 9);
        Assert.True(outcome.Difference.Lower > 0);
    }

    [Fact]
    public void From_DifferenceIntervalIncludesZero_Fails()
    {
        var outcome = PatternOutcome.From(Dummy, [(1, 2), (2, 1), (3, 3.5), (4, 3.8)]);

        Assert.False(outcome.Passed);
        Assert.True(outcome.Difference.Lower < 0 && outcome.Difference.Upper > 0);
    }

    [Fact]
    public void From_BLower_Fails()
    {
        var outcome = PatternOutcome.From(Dummy, [(2, 1), (3, 2), (4, 3.1)]);

        Assert.False(outcome.Passed);
        Assert.True(outcome.Difference.Upper < 0);
    }

    [Fact]
    public void From_OneReplication_FailsForLackOfAnInterval()
    {
        var outcome = PatternOutcome.From(Dummy, [(1, 5)]);

        Assert.False(outcome.Difference.HasInterval);
        Assert.False(outcome.Passed);
    }
}
