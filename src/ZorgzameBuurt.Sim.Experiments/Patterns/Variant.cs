using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Patterns;

/// <summary>
/// One arm of a pattern experiment: a mix and, under a condition name, a change to the scenario (a lockdown, no
/// hub, …). Variants with the same mix and condition are the same runs. Immutable.
/// </summary>
public sealed record Variant(string Label, string Mix, string Condition = "", Action<ScenarioSpec>? Change = null)
{
    /// <summary>The identity of the runs: mix and condition.</summary>
    public string RunKey => Condition.Length == 0 ? Mix : $"{Mix} | {Condition}";
}
