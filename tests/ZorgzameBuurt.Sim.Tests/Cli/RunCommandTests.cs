using System.Text.Json;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed class RunCommandTests : CliHarness
{
    /// <summary>The indicator names of MODEL.md §6 that every run reports.</summary>
    private static readonly string[] ModelIndicators =
    [
        "hidden_need_share", "unmet_need_days", "detection_latency_days", "signals_lost", "referral_success_rate",
        "needs_resolved", "rights_not_taken_up", "lonely_share", "mean_loneliness", "isolated_share", "weak_tie_density",
        "latent_support_share", "inclusive_roles", "partnership_density", "volunteer_hours", "professional_hours",
        "cost_euros", "volunteer_dropouts",
        "lonely_share.living_alone", "hidden_need_share.vulnerable", "lonely_share.language_barrier", "hidden_need_share.age_75_plus",
    ];

    [Fact]
    public void Run_Json_PrintsOneFlatObjectWithModelIndicatorNames()
    {
        var (exit, stdout, stderr) = Zbsim(["run", .. Small, "--json"]);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
        Assert.Equal(40, doc.RootElement.GetProperty("day").GetInt32());
        foreach (var name in ModelIndicators)
            Assert.True(doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.Number or JsonValueKind.Null, name);
        Assert.InRange(doc.RootElement.GetProperty("hidden_need_share").GetDouble(), 0, 1);
    }

    [Fact]
    public void Run_JsonWithReps_EachIndicatorHasMeanAndIntervalOverReplications()
    {
        var (exit, stdout, _) = Zbsim(["run", .. Small, "--reps", "3", "--json"]);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("replications").GetInt32());
        var lonely = doc.RootElement.GetProperty("lonely_share");
        var mean = lonely.GetProperty("mean").GetDouble();
        Assert.Equal(3, lonely.GetProperty("n").GetInt32());
        Assert.InRange(mean, lonely.GetProperty("low").GetDouble(), lonely.GetProperty("high").GetDouble());
        foreach (var name in ModelIndicators) Assert.True(doc.RootElement.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void Run_DifferentThreadCounts_IdenticalOutput()
    {
        var one = Zbsim(["run", "--set", "population.inhabitants=400", "--days", "30", "--reps", "3", "--json", "--threads", "1"]);
        var two = Zbsim(["run", "--set", "population.inhabitants=400", "--days", "30", "--reps", "3", "--json", "--threads", "2"]);

        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void Run_RecordedScenarioYamlAndSeed_ReproducesStoredRunExactly()
    {
        var dir = Dir("compare");
        var compare = Zbsim(["compare", .. Small, "--seed", "42", "--reps", "2", "--mixes", "baseline;restaurant+call_round", "--out", dir]);
        Assert.Equal(0, compare.Exit);

        string yaml;
        ulong seed;
        RunResultSnapshot stored;
        using (var store = ResultsStore.Open(dir))
        {
            var experiment = Assert.Single(store.Experiments());
            yaml = experiment.Info.ScenarioYaml;
            seed = experiment.Info.RootSeed;
            var run = store.ReadRuns(experiment.Id, "restaurant+call_round").First(r => r.Replication == 0);
            stored = new RunResultSnapshot(run.End.Day, run.End.Pairs().ToDictionary(p => p.Key, p => p.Value));
        }
        var file = Path.Combine(Root, "recorded.yaml");
        File.WriteAllText(file, yaml);

        var (exit, stdout, _) = Zbsim(["run", file, "--mix", "restaurant+call_round", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json"]);

        Assert.Equal(0, exit);
        Assert.Equal(42UL, seed);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(stored.Day, doc.RootElement.GetProperty("day").GetInt32());
        foreach (var (name, value) in stored.Values)
        {
            var json = doc.RootElement.GetProperty(name);
            Assert.Equal(value, json.ValueKind == JsonValueKind.Null ? double.NaN : json.GetDouble());
        }
        Assert.Equal(stored.Values.Count + 1, doc.RootElement.EnumerateObject().Count());
        Assert.True(stored.Values["cost_euros"] > 0, "the mix ran its interventions");
    }

    [Fact]
    public void Run_WithOut_RecordsExperimentAndResumesWithoutRecomputing()
    {
        var dir = Dir("run");
        string[] args = ["run", .. Small, "--reps", "2", "--out", dir, "--json"];
        var first = Zbsim(args);
        var computed = 0;
        var second = Zbsim(Context(afterRun: _ => Interlocked.Increment(ref computed)), args);

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(0, computed);
        Assert.True(File.Exists(Path.Combine(dir, "results.db")));
        Assert.True(File.Exists(Path.Combine(dir, "end_indicators.csv")));
        Assert.True(File.Exists(Path.Combine(dir, "scenario.yaml")));
        using var store = ResultsStore.Open(dir);
        var experiment = Assert.Single(store.Experiments());
        Assert.Equal(ExperimentKind.Run, experiment.Info.Kind);
        Assert.Contains("--reps 2", experiment.Info.CommandLine, StringComparison.Ordinal);
        Assert.Equal(2, store.FinishedRuns(experiment.Id).Count);
    }

    private sealed record RunResultSnapshot(int Day, Dictionary<string, double> Values);
}
