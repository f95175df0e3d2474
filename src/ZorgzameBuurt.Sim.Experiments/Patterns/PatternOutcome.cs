using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Experiments.Patterns;

/// <summary>The result of one pattern: both means with 95% intervals, the paired difference B − A, and PASS or FAIL.</summary>
public sealed record PatternOutcome(Pattern Pattern, Summary A, Summary B, Summary Difference)
{
    /// <summary>PASS when the paired difference's 95% interval lies wholly above zero.</summary>
    public bool Passed => Difference.HasInterval && Difference.Lower > 0;

    public static PatternOutcome From(Pattern pattern, IReadOnlyList<(double A, double B)> pairs)
    {
        var paired = PairedDifference.Of(pairs.Select(p => p.A).ToList(), pairs.Select(p => p.B).ToList());
        return new PatternOutcome(pattern, paired.Baseline(), paired.Alternative(), paired.Difference());
    }
}
