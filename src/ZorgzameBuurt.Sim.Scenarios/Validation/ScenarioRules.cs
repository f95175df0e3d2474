namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>Tolerances and names shared by the semantic rules.</summary>
internal static class ScenarioRules
{
    /// <summary>Percentages that must add up to 100 may be off by this much (rounded source figures).</summary>
    public const double PercentTolerance = 0.5;

    /// <summary>The mix that switches every intervention off.</summary>
    public const string Baseline = "baseline";
}
