using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Runner;

public sealed class ExperimentSettingsTests
{
    private static ExperimentSettings Settings(int reps = 10, string build = "0.1.0+abc") => new()
    {
        Mixes = ["baseline", "restaurant"], Reference = "baseline", Replications = reps, Days = 365, Interval = 30, Seed = ulong.MaxValue,
        Sets = ["population.inhabitants=400"], Design = "morris", Vary = [new VaryRange("parameters.contact.per_day", 1, 6)], Levels = 4, Samples = 10,
        Build = build,
    };

    [Fact]
    public void Key_SameSettingsOtherBuild_SameKey()
    {
        Assert.Equal(Settings().Key(ExperimentKind.Compare, "h"), Settings(build: "0.1.0+def").Key(ExperimentKind.Compare, "h"));
        Assert.Matches("^compare-[0-9a-f]{16}$", Settings().Key(ExperimentKind.Compare, "h"));
    }

    [Fact]
    public void Key_OtherReplicationsScenarioOrKind_OtherKey()
    {
        var key = Settings().Key(ExperimentKind.Compare, "h");

        Assert.NotEqual(key, Settings(reps: 20).Key(ExperimentKind.Compare, "h"));
        Assert.NotEqual(key, Settings().Key(ExperimentKind.Compare, "other"));
        Assert.NotEqual(key[8..], Settings().Key(ExperimentKind.Sweep, "h")[6..]);
    }

    [Fact]
    public void FromJson_ToJson_RoundTrips()
    {
        var back = ExperimentSettings.FromJson(Settings().ToJson());

        Assert.Equal(Settings().ToJson(), back.ToJson());
        Assert.Equal(ulong.MaxValue, back.Seed);
        Assert.Equal(new VaryRange("parameters.contact.per_day", 1, 6), Assert.Single(back.Vary!));
        Assert.Contains("\"replications\":10", back.ToJson(), StringComparison.Ordinal);
    }
}
