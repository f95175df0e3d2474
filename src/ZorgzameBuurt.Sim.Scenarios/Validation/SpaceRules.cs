using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>At least one settlement, population shares sum to 100, names unique and non-empty.</summary>
internal static class SpaceRules
{
    public static IEnumerable<ValidationIssue> Check(SpaceSpec space)
    {
        var settlements = space.Settlements;
        if (settlements.Count == 0)
        {
            yield return new ValidationIssue("space.settlements", "at least one settlement is required");
            yield break;
        }

        var sum = settlements.Sum(s => s.PopulationPct);
        if (Math.Abs(sum - 100) > ScenarioRules.PercentTolerance)
        {
            yield return new ValidationIssue(
                "space.settlements",
                $"population_pct of the settlements sums to {NumberText.Show(Math.Round(sum, 4))}, must be 100 (±{NumberText.Show(ScenarioRules.PercentTolerance)})");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < settlements.Count; i++)
        {
            var name = settlements[i].Name;
            var field = $"space.settlements[{i}].name";
            if (string.IsNullOrWhiteSpace(name))
            {
                yield return new ValidationIssue(field, "a settlement needs a name");
            }
            else if (seen.TryGetValue(name, out var first))
            {
                yield return new ValidationIssue(field, $"duplicate settlement name '{name}' (also space.settlements[{first}])");
            }
            else
            {
                seen[name] = i;
            }
        }
    }
}
