using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class RoundTripTests
{
    public static TheoryData<string> PresetNames() => new(Presets.Names);

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void ToYaml_Preset_LoadsBackToEqualHash(string name)
    {
        var spec = Presets.Load(name).Spec!;
        var yaml = ScenarioWriter.ToYaml(spec);

        var back = ScenarioLoader.LoadText(yaml, "dump.yaml");

        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(yaml, ScenarioWriter.ToYaml(back.Spec!));
        Assert.Equal(ScenarioHash.Compute(spec), ScenarioHash.Compute(back.Spec!));
    }

    [Fact]
    public void ToYaml_SpecWithAwkwardValues_RoundTrips()
    {
        var spec = new ScenarioSpec
        {
            Name = "true",
            Description = "quote \" colon: hash # ü – newline\nsecond line",
            Seed = ulong.MaxValue,
            Mixes = { ["calm"] = "baseline", ["also_calm"] = "calm" },
            Mix = "also_calm",
        };
        spec.Parameters.Needs.Hazard = 0.0005;
        spec.Space.Barrier = new BarrierSpec { Name = "", ExtraKm = 1.0 / 3 };
        spec.Shocks.Lockdowns.Add(new LockdownSpec { Start = 10, End = 20, ContactFactor = 0.1 });
        spec.Shocks.FacilityClosures.Add(new FacilityClosureSpec { Day = 5, Facility = "bank" });

        var back = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "dump.yaml");

        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(spec.Description, back.Spec!.Description);
        Assert.Equal("true", back.Spec.Name);
        Assert.Equal(ulong.MaxValue, back.Spec.Seed);
        Assert.Equal(1.0 / 3, back.Spec.Space.Barrier!.ExtraKm);
        Assert.Equal(ScenarioHash.Compute(spec), ScenarioHash.Compute(back.Spec));
    }

    [Fact]
    public void ToYaml_DefaultSpec_WritesEveryPropertyAndNull()
    {
        var yaml = ScenarioWriter.ToYaml(new ScenarioSpec());

        Assert.Contains("barrier: null", yaml, StringComparison.Ordinal);
        Assert.Contains("aged_0_to_17_pct: 19.25", yaml, StringComparison.Ordinal);
        Assert.Contains("kind: care_director", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_EqualSpecs_SameLowercaseHex()
    {
        var hash = ScenarioHash.Compute(new ScenarioSpec());

        Assert.Equal(hash, ScenarioHash.Compute(new ScenarioSpec()));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Compute_OneParameterChanged_DifferentHash()
    {
        var changed = new ScenarioSpec();
        changed.Parameters.Contact.PerDay = 4;

        Assert.NotEqual(ScenarioHash.Compute(new ScenarioSpec()), ScenarioHash.Compute(changed));
    }
}
