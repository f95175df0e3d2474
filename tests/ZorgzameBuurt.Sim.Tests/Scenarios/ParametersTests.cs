using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class ParametersTests
{
    private static ScenarioSpec SpecWithEveryList()
    {
        var spec = ScenarioLoader.LoadText(
            "space:\n  barrier: {}\nshocks:\n  lockdowns: [{start: 10, end: 20}]\n  facility_closures: [{day: 5, facility: bank}]\n",
            "all.yaml").Spec;
        return spec ?? throw new InvalidOperationException("fixture invalid");
    }

    [Fact]
    public void Enumerate_ScenarioSpec_ListsNestedParametersWithAttributeAndDefault()
    {
        var parameters = ScenarioParameters.Enumerate(typeof(ScenarioSpec));

        var perDay = parameters.Single(p => p.Path == "parameters.contact.per_day");
        Assert.Equal((1.0, 6.0, new ContactParameters().PerDay), (perDay.Attribute.Min, perDay.Attribute.Max, perDay.Default));
        Assert.True(perDay.IsAssumed);
        Assert.Contains(parameters, p => p.Path == "space.settlements[*].population_pct" && !p.IsAssumed);
        Assert.Contains(parameters, p => p.Path == "shocks.lockdowns[*].contact_factor");
        Assert.Contains(parameters, p => p.Path == "parameters.services.max_wait_days" && p.IsInteger);
        Assert.Equal(parameters.Count, parameters.Select(p => p.Path).Distinct().Count());
    }

    [Fact]
    public void TrySet_EveryEnumeratedParameterAtItsBounds_SetsIt()
    {
        foreach (var parameter in ScenarioParameters.Enumerate(typeof(ScenarioSpec)))
        {
            var spec = SpecWithEveryList();
            foreach (var bound in new[] { parameter.Attribute.Min, parameter.Attribute.Max })
            {
                Assert.True(ScenarioOverrides.TrySet(spec, parameter.Path, bound), parameter.Path);
                var field = parameter.Path.Replace("[*]", "[0]", StringComparison.Ordinal);
                var reloaded = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "x");
                Assert.DoesNotContain(reloaded.Problems, p => p.Field == field && p.Message.Contains("out of range", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void TrySet_InRange_SetsValue()
    {
        var spec = new ScenarioSpec();

        Assert.True(ScenarioOverrides.TrySet(spec, "parameters.contact.per_day", 4.5));
        Assert.Equal(4.5, spec.Parameters.Contact.PerDay);
    }

    [Fact]
    public void TrySet_IntegerParameter_RoundsToNearest()
    {
        var spec = new ScenarioSpec();

        Assert.True(ScenarioOverrides.TrySet(spec, "parameters.services.max_wait_days", 20.5));
        Assert.Equal(21, spec.Parameters.Services.MaxWaitDays);
    }

    [Fact]
    public void TrySet_Wildcard_SetsEveryItem()
    {
        var spec = new ScenarioSpec();

        Assert.True(ScenarioOverrides.TrySet(spec, "professionals[*].fte", 0.5));
        Assert.All(spec.Professionals, p => Assert.Equal(0.5, p.Fte));
    }

    [Theory]
    [InlineData("parameters.contact.per_day", 7)]
    [InlineData("parameters.contact.per_dy", 3)]
    [InlineData("name", 3)]
    [InlineData("space.barrier.extra_km", 3)]
    [InlineData("professionals[99].fte", 0.5)]
    [InlineData("parameters.contact.per_day", double.NaN)]
    public void TrySet_Invalid_FalseAndUnchanged(string path, double value)
    {
        var spec = new ScenarioSpec();
        var before = ScenarioHash.Compute(spec);

        Assert.False(ScenarioOverrides.TrySet(spec, path, value));
        Assert.Equal(before, ScenarioHash.Compute(spec));
    }
}
