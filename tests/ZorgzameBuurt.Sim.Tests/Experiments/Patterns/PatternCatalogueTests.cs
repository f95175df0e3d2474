using ZorgzameBuurt.Sim.Experiments.Patterns;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Patterns;

public sealed class PatternCatalogueTests
{
    [Fact]
    public void For_OneYear_CoversEveryPatternOfModelSection7WithSourceAndValidMixes()
    {
        var patterns = PatternCatalogue.For(365);

        var numbers = patterns.Select(p => int.Parse(p.Id.TrimEnd('a', 'b'), System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order();
        Assert.Equal(Enumerable.Range(1, 9), numbers);
        Assert.Equal(patterns.Count, patterns.Select(p => p.Id).Distinct().Count());
        var spec = new ScenarioSpec();
        foreach (var p in patterns)
        {
            Assert.Matches(@"S00\d", p.Source);
            Assert.NotEmpty(p.Variants);
            Assert.Equal(p.Variants.Count, p.Variants.Select(v => v.Label).Distinct().Count());
            foreach (var v in p.Variants) Assert.NotNull(Mixes.Parse(v.Mix, spec));
        }
    }

    [Fact]
    public void For_SameMixAndCondition_SameRunKeyAcrossPatterns()
    {
        var keys = PatternCatalogue.For(365).SelectMany(p => p.Variants).GroupBy(v => v.RunKey).ToList();

        Assert.Contains(keys, g => g.Count() > 1);
        foreach (var g in keys) Assert.Single(g.Select(v => v.Mix).Distinct());
    }

    [Fact]
    public void For_LessThanAYear_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PatternCatalogue.For(200));

    [Fact]
    public void Resize_HalfTheResidents_HalvesStreetsAndFte()
    {
        var spec = new ScenarioSpec();
        spec.Population.Inhabitants = 4000;
        spec.Space.Settlements = [new SettlementSpec { Name = "a", PopulationPct = 100, Streets = 30 }];
        spec.Professionals = [new ProfessionalSpec { Kind = ProfessionalKind.CareDirector, Fte = 0.8 }];

        ScenarioSize.Resize(spec, 2000);

        Assert.Equal(2000, spec.Population.Inhabitants);
        Assert.Equal(15, spec.Space.Settlements[0].Streets);
        Assert.Equal(0.4, spec.Professionals[0].Fte, 9);
    }
}
