using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// The cluster runner on a two-silo TestCluster against the in-process runner: the same runs, value for value. Sweeps
/// and patterns (scenario changes after loading) on a cluster: <see cref="ClusterCommandTests"/>.
/// </summary>
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
