using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class OverridesTests
{
    [Fact]
    public void Apply_ValidAssignments_SetsEachValue()
    {
        var spec = new ScenarioSpec();

        var problems = ScenarioOverrides.Apply(spec, ["parameters.contact.per_day=4", "population.inhabitants=2000", "space.settlements[0].streets=12", "seed=7", "name=my run"]);

        Assert.Empty(problems);
        Assert.Equal(4, spec.Parameters.Contact.PerDay);
        Assert.Equal(2000, spec.Population.Inhabitants);
        Assert.Equal(12, spec.Space.Settlements[0].Streets);
        Assert.Equal(7UL, spec.Seed);
        Assert.Equal("my run", spec.Name);
    }

    [Fact]
    public void Apply_StructuredValues_ParsedAsYaml()
    {
        var spec = new ScenarioSpec();

        var problems = ScenarioOverrides.Apply(spec, [
            "space.barrier={name: ring road, extra_km: 1.5}",
            "professionals[*].fte=0.5",
            "mixes.calm=baseline",
            "space.settlements[0].facilities=[ldc, gp]",
            "professionals[1].kind=nurse",
        ]);

        Assert.Empty(problems);
        Assert.Equal(("ring road", 1.5), (spec.Space.Barrier!.Name, spec.Space.Barrier.ExtraKm));
        Assert.All(spec.Professionals, p => Assert.Equal(0.5, p.Fte));
        Assert.Equal("baseline", spec.Mixes["calm"]);
        Assert.Equal(["ldc", "gp"], spec.Space.Settlements[0].Facilities);
        Assert.Equal(ProfessionalKind.Nurse, spec.Professionals[1].Kind);
    }

    [Fact]
    public void Apply_FieldInsideUnsetObject_CreatesItWithDefaults()
    {
        var spec = new ScenarioSpec();

        Assert.Empty(ScenarioOverrides.Apply(spec, ["space.barrier.extra_km=3"]));
        Assert.Equal((new BarrierSpec().Name, 3.0), (spec.Space.Barrier!.Name, spec.Space.Barrier.ExtraKm));
    }

    [Fact]
    public void Apply_InvalidAssignments_ReportsEachAtItsIndexAndChangesNothing()
    {
        var spec = new ScenarioSpec();
        var before = ScenarioHash.Compute(spec);

        var problems = ScenarioOverrides.Apply(spec, [
            "population.inhabitants=2000",
            "parameters.contact.per_dy=4",
            "parameters.contact.per_day=9",
            "days=soon",
            "space.settlements[3].streets=1",
            "seed",
        ]);

        Assert.Equal(
            ["--set:0:2: parameters.contact.per_dy: unknown key 'per_dy', did you mean 'per_day'?",
             "--set:0:3: parameters.contact.per_day: 9 is out of range [1, 6]",
             "--set:0:4: days: expected a whole number, got 'soon'",
             "--set:0:5: space.settlements[3]: index 3 is out of range; the list has 1 item",
             "--set:0:6: expected path=value, got 'seed'"],
            problems.Select(p => p.ToString()));
        Assert.Equal(before, ScenarioHash.Compute(spec));
    }

    [Fact]
    public void Apply_BreaksSemanticRule_ReportedAtTheAssignment()
    {
        var spec = new ScenarioSpec();

        var problems = ScenarioOverrides.Apply(spec, ["seed=3", "population.aged_65_plus_pct=30", "professionals[0].settlement=dorp"]);

        Assert.Equal(
            ["--set:0:2: population: aged_0_to_17_pct + aged_18_to_64_pct + aged_65_plus_pct = 108.78, must be 100 (±0.5)",
             "--set:0:3: professionals[0].settlement: unknown settlement 'dorp'; expected one of: centrum"],
            problems.Select(p => p.ToString()));
        Assert.Equal(1UL, spec.Seed);
    }

    [Fact]
    public void Apply_ValueFixingAnEarlierOne_Accepted()
    {
        var spec = new ScenarioSpec();

        var problems = ScenarioOverrides.Apply(spec, ["population.aged_65_plus_pct=25", "population.aged_18_to_64_pct=55.75"]);

        Assert.Empty(problems);
        Assert.Equal(25, spec.Population.Aged65PlusPct);
    }
}
