using ZorgzameBuurt.Sim.Scenarios.Validation;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>
/// Semantic validation of a scenario: age and settlement shares sum to 100, settlement names are unique,
/// settlement and facility references exist, lockdowns are ordered and inside the horizon, mixes name known
/// interventions or mixes. The loader and --set run it with positions; this entry point is for specs built in code.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Every semantic problem of <paramref name="spec"/>, with <paramref name="source"/> as the file and no position.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(ScenarioSpec spec, string source = "(spec)") =>
        Check(spec).Select(i => new ScenarioProblem(source, 0, 0, i.Field, i.Message)).ToArray();

    internal static IReadOnlyList<ValidationIssue> Check(ScenarioSpec spec) => ScenarioValidatorCore.Check(spec);
}
