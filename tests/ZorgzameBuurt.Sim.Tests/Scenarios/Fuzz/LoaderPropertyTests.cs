using FsCheck;
using FsCheck.Fluent;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios.Fuzz;

/// <summary>
/// Property tests over the scenario loader and --set: whatever the text, loading ends in a spec or in problems,
/// each one line with a position inside the text; never an exception or a stack overflow.
/// </summary>
public sealed class LoaderPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true);

    [Fact]
    public void LoadText_MutatedPresets_SpecOrOneLineProblemsNeverAThrow()
    {
        Check.One(Config, Prop.ForAll(MutatedPresets.Arbitrary(), text =>
        {
            var result = ScenarioLoader.LoadText(text, "fuzz.yaml");
            var lines = text.Split('\n').Length;
            return result.IsValid != result.Problems.Count > 0
                && result.Problems.All(p => p.Message.Length > 0 && !p.Message.Contains('\n', StringComparison.Ordinal)
                    && p.Line >= 0 && p.Line <= lines + 1 && p.File == "fuzz.yaml");
        }));
    }

    [Fact]
    public void LoadText_ValidMutation_RoundTripsThroughCanonicalYaml()
    {
        Check.One(Config.WithMaxTest(100), Prop.ForAll(MutatedPresets.Arbitrary(), text =>
        {
            var result = ScenarioLoader.LoadText(text, "fuzz.yaml");
            return result.Spec is not { } spec || ScenarioLoader.Recheck(spec, "again").Count == 0;
        }));
    }

    [Fact]
    public void Apply_RandomAssignments_ProblemsNotExceptions()
    {
        var paths = Gen.Elements("population.inhabitants", "days", "seed", "name", "parameters.contact.per_day", "space.settlements[0].streets",
            "professionals[0].fte", "mixes.x", "mix", "interventions.restaurant.seats", "no.such.path", "", "population", "space.settlements[99].streets");
        var values = Gen.Elements("1", "-1", "0", "1e400", "abc", "", "[1]", "{a: 1}", "99999999999999999999", "restaurant+restaurant", "\0", "ü", "~", "&a 1", "*a");
        var assignments = Gen.ListOf(from p in paths from v in values from eq in Gen.Elements("=", "==", "", " = ") select p + eq + v);
        Check.One(Config, Prop.ForAll(assignments.ToArbitrary(), list =>
        {
            var spec = new ScenarioSpec();
            var problems = ScenarioOverrides.Apply(spec, list);
            return problems.All(p => p.Message.Length > 0 && !p.Message.Contains('\n', StringComparison.Ordinal));
        }));
    }
}
