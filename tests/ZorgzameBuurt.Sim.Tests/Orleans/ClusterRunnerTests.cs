using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Experiments.Patterns;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>The cluster runner on a two-silo TestCluster against the in-process runner: the same runs, value for value.</summary>
[Collection(TwoSiloClusterCollection.Name)]
public sealed class ClusterRunnerTests
{
    private static readonly RunSettings Short = new(Days: 30, Interval: 10);
    private readonly TwoSiloClusterFixture fixture;

    public ClusterRunnerTests(TwoSiloClusterFixture fixture) => this.fixture = fixture;

    private static Dictionary<RunKey, RunResult> Collect(IPlanRunner runner, RunPlan plan, IProgress<RunProgress>? progress = null)
    {
        var results = new Dictionary<RunKey, RunResult>();
        var outcome = runner.Run(plan, new HashSet<RunKey>(), r => results.Add(new RunKey(r.Mix, r.Replication), r), progress);
        Assert.True(outcome.IsComplete);
        return results;
    }

    private static void AssertSameRuns(Dictionary<RunKey, RunResult> expected, Dictionary<RunKey, RunResult> actual)
    {
        Assert.Equal(expected.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal), actual.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal));
        foreach (var (key, run) in expected)
        {
            var other = actual[key];
            Assert.Equal(run.Seed, other.Seed);
            Assert.Equal(run.Point, other.Point);
            Assert.Equal(run.Series.Select(s => s.Day), other.Series.Select(s => s.Day));
            for (var i = 0; i < run.Series.Count; i++)
            {
                Assert.Equal(run.Series[i].Names, other.Series[i].Names);
                Assert.Equal(run.Series[i].Values.Select(BitConverter.DoubleToInt64Bits), other.Series[i].Values.Select(BitConverter.DoubleToInt64Bits));
            }
        }
    }

    [Fact]
    public void Run_ComparePlanOnTwoSilos_EqualsInProcessRunnerBitForBitAndUsesBothSilos()
    {
        var plan = RunPlan.Mixes(TestWorlds.Spec(300), ["baseline", "restaurant", "call_round"], 3, rootSeed: 11);
        var last = default(RunProgress);

        var local = Collect(new ExperimentRunner(Short, Mixes.Parse, 2), plan);
        var cluster = Collect(new ClusterRunner(fixture.Cluster.Client, Short), plan, new Progress(p => last = p));

        AssertSameRuns(local, cluster);
        Assert.NotNull(last.Silos);
        Assert.Equal(2, last.Silos!.Count(s => s.Completed > 0));
        Assert.Equal(plan.Count, last.Silos!.Sum(s => s.Completed));
    }

    [Fact]
    public void Run_SweepPlanOnTwoSilos_EqualsInProcessRunnerBitForBit()
    {
        var design = new GridDesign([new Factor("parameters.contact.per_day", 2, 5)], 3);
        static void Apply(ZorgzameBuurt.Sim.Spec.ScenarioSpec spec, DesignPoint point)
        {
            foreach (var (path, value) in point.Values) Assert.True(ScenarioOverrides.TrySet(spec, path, value));
        }

        var plan = RunPlan.Design(TestWorlds.Spec(300), design, "restaurant", 2, rootSeed: 3, Apply);

        AssertSameRuns(Collect(new ExperimentRunner(Short, Mixes.Parse, 2), plan), Collect(new ClusterRunner(fixture.Cluster.Client, Short), plan));
    }

    [Fact]
    public void Run_PatternsWithScenarioChangesOnTwoSilos_SameOutcomesAsInProcess()
    {
        // Lockdown shocks and a scenario without a care director: changes made after the scenario is loaded.
        var spec = TestWorlds.Spec(150, s => s.Days = 360);
        var patterns = PatternCatalogue.For(360)
            .Where(p => p.Variants.Any(v => v.Condition is "lockdown" or "no_hub"))
            .ToList();
        Assert.Equal(2, patterns.Count);

        var local = new PatternRunner(spec, 2, Mixes.Parse) { Threads = 2 }.Run(patterns);
        var cluster = new PatternRunner(spec, 2, Mixes.Parse) { Runner = s => new ClusterRunner(fixture.Cluster.Client, s) }.Run(patterns);

        Assert.Equal(local.Select(o => (o.A.Mean, o.B.Mean, o.Difference.Mean)), cluster.Select(o => (o.A.Mean, o.B.Mean, o.Difference.Mean)));
    }

    [Fact]
    public void Run_UnknownMix_FailsWithTheRunsErrorInsteadOfRetrying()
    {
        var plan = RunPlan.Mixes(TestWorlds.Spec(200), ["no_such_intervention"], 1, rootSeed: 1);

        var error = Assert.Throws<InvalidOperationException>(() =>
            new ClusterRunner(fixture.Cluster.Client, Short).Run(plan, new HashSet<RunKey>(), _ => { }));

        Assert.Contains("no_such_intervention", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("times in the cluster", error.Message, StringComparison.Ordinal);
    }

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
