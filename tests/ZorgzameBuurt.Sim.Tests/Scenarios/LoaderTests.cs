using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class LoaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void LoadText_Empty_Refused(string text)
    {
        var result = ScenarioLoader.LoadText(text, "empty.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("the scenario is empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_EndlessDeviceOrHugeFile_RefusedAsTooLarge()
    {
        var huge = Path.Combine(Path.GetTempPath(), $"zb-huge-{Environment.ProcessId}.yaml");
        File.WriteAllText(huge, "name: x\n" + new string('#', (int)ScenarioLoader.MaxFileBytes));
        try
        {
            Assert.Contains("is larger than", Assert.Single(ScenarioLoader.LoadFile(huge).Problems).Message, StringComparison.Ordinal);
            if (File.Exists("/dev/zero"))
                Assert.Contains("is larger than", Assert.Single(ScenarioLoader.LoadFile("/dev/zero").Problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(huge);
        }
    }

    [Fact]
    public void LoadText_EmptyMap_AllDefaults()
    {
        var result = ScenarioLoader.LoadText("{}", "defaults.yaml");

        Assert.True(result.IsValid);
        Assert.Equal(ScenarioHash.Compute(new ScenarioSpec()), ScenarioHash.Compute(result.Spec!));
    }

    [Fact]
    public void LoadText_OneKey_OtherKeysKeepDefaults()
    {
        var result = ScenarioLoader.LoadText("population:\n  inhabitants: 2000\nparameters:\n  contact:\n    per_day: 4\n", "a.yaml");

        var spec = result.Spec!;
        var expected = new ScenarioSpec();
        expected.Population.Inhabitants = 2000;
        expected.Parameters.Contact.PerDay = 4;
        Assert.Equal(ScenarioWriter.ToYaml(expected), ScenarioWriter.ToYaml(spec));
    }

    [Fact]
    public void LoadText_List_ReplacesDefaultAndItemsStartFromDefaults()
    {
        var result = ScenarioLoader.LoadText("professionals:\n  - kind: general_practitioner\n    count: 2\n", "a.yaml");

        var professional = Assert.Single(result.Spec!.Professionals);
        Assert.Equal(ProfessionalKind.GeneralPractitioner, professional.Kind);
        Assert.Equal(2, professional.Count);
        Assert.Equal(new ProfessionalSpec().Fte, professional.Fte);
    }

    [Fact]
    public void LoadText_NullableObject_SetAndCleared()
    {
        var set = ScenarioLoader.LoadText("space:\n  barrier:\n    extra_km: 3\n", "a.yaml").Spec!;
        var cleared = ScenarioLoader.LoadText("space:\n  barrier: ~\n", "a.yaml").Spec!;

        Assert.Equal(3, set.Space.Barrier!.ExtraKm);
        Assert.Equal(new BarrierSpec().Name, set.Space.Barrier.Name);
        Assert.Null(cleared.Space.Barrier);
    }

    [Fact]
    public void LoadText_InterventionsAndMixesSections_HandledGenerically()
    {
        var yaml = "interventions: {}\nmixes:\n  calm: baseline\n  calmer: calm\nmix: calmer\n";

        var result = ScenarioLoader.LoadText(yaml, "a.yaml");

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("calm", result.Spec!.Mixes["calmer"]);
        Assert.Equal("calmer", result.Spec.Mix);
    }

    [Fact]
    public void LoadText_UnknownIntervention_UnknownKeyAtItsPosition()
    {
        var result = ScenarioLoader.LoadText("interventions:\n  teleporter_zz: {}\n", "a.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, 3, "interventions.teleporter_zz"), (problem.Line, problem.Column, problem.Field));
        Assert.StartsWith("unknown key 'teleporter_zz'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_ManyProblems_AllReportedInFileOrderAndNoSpec()
    {
        var yaml = "seed: -1\ndays: lots\npopulation:\n  inhabitans: 10\n  density_per_km2: 0\n";

        var result = ScenarioLoader.LoadText(yaml, "many.yaml");

        Assert.Null(result.Spec);
        Assert.False(result.IsValid);
        Assert.Equal(
            ["many.yaml:1:7: seed: -1 does not fit a whole number of type UInt64 (0..18446744073709551615)",
             "many.yaml:2:7: days: expected a whole number, got 'lots'",
             "many.yaml:4:3: population.inhabitans: unknown key 'inhabitans', did you mean 'inhabitants'?",
             "many.yaml:5:20: population.density_per_km2: 0 is out of range [1, 30000]"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void LoadText_DefaultValueBreaksRule_LocatedAtParentMapping()
    {
        // Only aged_65_plus_pct is written; the sum fails, reported at the population key's mapping.
        var result = ScenarioLoader.LoadText("name: x\npopulation:\n  aged_65_plus_pct: 30\n", "a.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("population", problem.Field);
        Assert.Equal((2, 1), (problem.Line, problem.Column));
        Assert.Contains("= 108.78, must be 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Missing_FileNotFoundProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), "zb-missing-" + Guid.NewGuid().ToString("N") + ".yaml");

        var result = ScenarioLoader.LoadFile(path);

        Assert.Equal($"{path}:0:0: file not found", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Resolve_ExistingFile_LoadsFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "zb-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "name: from-file\n");
        try
        {
            Assert.Equal("from-file", ScenarioLoader.Resolve(path).Spec!.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("urban-mixed")]
    [InlineData("urban-mixed.yaml")]
    public void Resolve_PresetName_LoadsPreset(string name)
    {
        Assert.Equal("urban-mixed", ScenarioLoader.Resolve(name).Spec!.Name);
    }

    [Fact]
    public void Resolve_MisspeltPreset_DidYouMean()
    {
        var problem = Assert.Single(ScenarioLoader.Resolve("rural-deeldrop").Problems);

        Assert.Equal("rural-deeldrop:0:0: no such file and no preset 'rural-deeldrop', did you mean 'rural-deeldorp'?", problem.ToString());
    }

    [Fact]
    public void Validate_SpecBuiltInCode_ReportsSemanticProblems()
    {
        var spec = new ScenarioSpec();
        spec.Professionals[0].Settlement = "elders";

        var problem = Assert.Single(ScenarioValidator.Validate(spec));

        Assert.Equal("(spec):0:0: professionals[0].settlement: unknown settlement 'elders'; expected one of: centrum", problem.ToString());
    }
}
