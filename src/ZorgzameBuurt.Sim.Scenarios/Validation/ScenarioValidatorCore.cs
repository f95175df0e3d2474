using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>Runs every semantic rule (see <see cref="Scenarios.ScenarioValidator"/>).</summary>
internal static class ScenarioValidatorCore
{
    public static IReadOnlyList<ValidationIssue> Check(ScenarioSpec spec) =>
    [
        .. PopulationRules.Check(spec.Population),
        .. SpaceRules.Check(spec.Space),
        .. ReferenceRules.Check(spec),
        .. ShockRules.Check(spec),
        .. MixRules.Check(spec),
    ];
}
