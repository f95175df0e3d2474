using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>Age shares sum to 100; social renters are part of the renters.</summary>
internal static class PopulationRules
{
    public static IEnumerable<ValidationIssue> Check(PopulationSpec population)
    {
        var sum = population.Aged0To17Pct + population.Aged18To64Pct + population.Aged65PlusPct;
        if (Math.Abs(sum - 100) > ScenarioRules.PercentTolerance)
        {
            yield return new ValidationIssue(
                "population",
                $"aged_0_to_17_pct + aged_18_to_64_pct + aged_65_plus_pct = {NumberText.Show(Math.Round(sum, 4))}, must be 100 (±{NumberText.Show(ScenarioRules.PercentTolerance)})");
        }

        if (population.SocialRentersPct > population.RentersPct)
        {
            yield return new ValidationIssue(
                "population.social_renters_pct",
                $"{NumberText.Show(population.SocialRentersPct)} exceeds renters_pct ({NumberText.Show(population.RentersPct)}); social renters are part of the renters",
                "population.renters_pct");
        }
    }
}
