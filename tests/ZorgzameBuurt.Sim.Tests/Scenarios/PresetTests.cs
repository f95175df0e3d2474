using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class PresetTests
{
    public static TheoryData<string> PresetNames() => new(Presets.Names);

    [Fact]
    public void Names_EmbeddedYamlFiles_MatchScenariosFolder()
    {
        var files = Directory.GetFiles(ScenarioTestFiles.ScenariosDir, "*.yaml")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(files, Presets.Names);
        Assert.Contains(Presets.Default, Presets.Names);
        Assert.Contains("urban-mixed", Presets.Names);
        Assert.Contains("urban-vulnerable", Presets.Names);
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Load_EveryPreset_IsValidAndNamedAfterItsFile(string name)
    {
        var result = Presets.Load(name);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(name, result.Spec!.Name);
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Text_EveryPreset_StartsWithSchemaModeline(string name)
    {
        var text = Presets.Text(name)!;

        Assert.StartsWith("# yaml-language-server: $schema=./scenario.schema.json", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuralDeeldorp_HasServicesInMainVillageAcrossTheRailway()
    {
        var spec = Presets.Load("rural-deeldorp").Spec!;
        var main = spec.Space.Settlements.Single(s => s.Facilities.Contains("social_house"));
        var lived = spec.Space.Settlements.Where(s => s.PopulationPct > 0).ToList();

        Assert.NotNull(spec.Space.Barrier);
        Assert.All(lived, s => Assert.NotEqual(main.Side, s.Side));
        Assert.All(["ldc", "gp", "bank"], f => Assert.Contains(f, main.Facilities));
        Assert.All(lived, s => Assert.DoesNotContain("ldc", s.Facilities));
        Assert.Equal(1, spec.Professionals.Where(p => p.Kind == ProfessionalKind.CareDirector).Sum(p => p.Count));
        Assert.True(spec.Parameters.Contact.ChanceShare > new ContactParameters().ChanceShare);
    }

    [Fact]
    public void Load_ClusterPresets_OrderSocioEconomicStatusAsTheClusters()
    {
        var c1 = Presets.Load("rural-deeldorp").Spec!.Population;
        var c2 = Presets.Load("urban-mixed").Spec!.Population;
        var c3 = Presets.Load("urban-vulnerable").Spec!.Population;

        // S003 Bijlage 9 §2.6: renters, living alone 75+ and allowances rise from C1 to C3; density is lowest in C1.
        Assert.True(c1.RentersPct < c2.RentersPct && c2.RentersPct < c3.RentersPct);
        Assert.True(c1.LivingAlone75PlusPct < c2.LivingAlone75PlusPct && c2.LivingAlone75PlusPct < c3.LivingAlone75PlusPct);
        Assert.True(c1.IncreasedAllowancePct < c2.IncreasedAllowancePct && c2.IncreasedAllowancePct < c3.IncreasedAllowancePct);
        Assert.True(c1.DensityPerKm2 < c2.DensityPerKm2 && c1.DensityPerKm2 < c3.DensityPerKm2);
        Assert.True(c1.Aged65PlusPct > c2.Aged65PlusPct && c1.Aged65PlusPct > c3.Aged65PlusPct);
        Assert.True(c2.ChronicConditionPct < c1.ChronicConditionPct && c2.ChronicConditionPct < c3.ChronicConditionPct);
    }

    [Fact]
    public void Load_UrbanVulnerable_HasAnLdcAndMoreHeavyNeeds()
    {
        var spec = Presets.Load("urban-vulnerable").Spec!;
        var needs = spec.Parameters.Needs;

        Assert.Contains(spec.Space.Settlements, s => s.Facilities.Contains("ldc"));
        Assert.True(needs.HeavyShare > new NeedParameters().HeavyShare);
        Assert.Equal(1.0, needs.RightsShare + needs.PracticalShare + needs.SocialShare + needs.CareShare + needs.HeavyShare, 9);
    }

    [Fact]
    public void Load_UnknownPreset_ReturnsProblemListingPresets()
    {
        var result = Presets.Load("nowhere");

        Assert.False(result.IsValid);
        Assert.Contains("rural-deeldorp", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
