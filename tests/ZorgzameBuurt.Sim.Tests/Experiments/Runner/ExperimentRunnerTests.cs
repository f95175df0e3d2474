using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Analysis;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Runner;

public sealed class ExperimentRunnerTests
{
    private static readonly RunSettings Short = new(Days: 20, Interval: 7);

    private static ScenarioSpec Spec() => TestWorlds.Spec(300);

    private static IReadOnlyList<IIntervention> Baseline(string mix, ScenarioSpec spec) => [];

    private static Dictionary<RunKey, RunResult> RunAll(RunPlan plan, int threads, IReadOnlySet<RunKey>? finished = null)
    {
        var results = new Dictionary<RunKey, RunResult>();
        new ExperimentRunner(Short, Baseline, threads).Run(plan, finished ?? new HashSet<RunKey>(), r => results.Add(new RunKey(r.Mix, r.Replication), r));
        return results;
    }

    [Fact]
    public void Execute_Job_EqualsWorldRunWithTheSameSeed()
    {
        var spec = Spec();
        var job = RunPlan.Mixes(spec, ["baseline"], 1, rootSeed: 5).Jobs().Single();

        var run = WorldRun.Execute(job, Short, Baseline, threads: 1);

        var snapshots = new List<IndicatorSet>();
        var world = World.Create(Spec(), null, new WorldOptions(ReplicationSeed.For(5, 0)));
        var expected = NetworkIndicators.Append(world.Run(20, 7, snapshots.Add), world);
        Assert.Equal(expected.Values, run.End.Values);
        Assert.Equal(expected.Names, run.End.Names);
        Assert.Equal(snapshots.Select(s => s.Day), run.Series.Select(s => s.Day));
        Assert.Equal([7, 14, 20], run.Series.Select(s => s.Day));
        Assert.Equal(ReplicationSeed.For(5, 0), run.Seed);
    }

    [Fact]
    public void Run_OneOrTwoThreads_IdenticalResults()
    {
        var plan = RunPlan.Mixes(Spec(), ["baseline", "again"], 3, rootSeed: 11);

        var one = RunAll(plan, threads: 1);
        var two = RunAll(plan, threads: 2);

        Assert.Equal(6, one.Count);
        foreach (var (key, run) in one)
        {
            Assert.Equal(run.End.Values, two[key].End.Values);
            Assert.Equal(run.Seed, two[key].Seed);
        }
        Assert.Equal(one[new RunKey("baseline", 1)].End.Values, one[new RunKey("again", 1)].End.Values);
        Assert.NotEqual(one[new RunKey("baseline", 0)].End.Values, one[new RunKey("baseline", 1)].End.Values);
    }

    [Fact]
    public void Run_SomeFinished_RunsOnlyTheRest()
    {
        var plan = RunPlan.Mixes(Spec(), ["baseline"], 4, rootSeed: 1);
        var finished = new HashSet<RunKey> { new("baseline", 0), new("baseline", 2) };
        var seen = new List<RunProgress>();

        var results = new List<RunResult>();
        var outcome = new ExperimentRunner(Short, Baseline, 2).Run(plan, finished, results.Add, new Sink(seen));

        Assert.Equal([1, 3], results.Select(r => r.Replication).Order());
        Assert.True(outcome.IsComplete);
        Assert.Equal(2, outcome.Progress.Skipped);
        Assert.Equal(2, outcome.Progress.Completed);
        Assert.Equal(0, seen[0].Completed);
        Assert.Equal(4, seen[^1].Done);
    }

    [Fact]
    public void Run_Cancelled_StopsAndKeepsCompletedRuns()
    {
        var plan = RunPlan.Mixes(Spec(), ["baseline"], 20, rootSeed: 1);
        using var cancel = new CancellationTokenSource();
        var results = new List<RunResult>();

        var outcome = new ExperimentRunner(Short, Baseline, 2).Run(plan, new HashSet<RunKey>(), r =>
        {
            results.Add(r);
            if (results.Count == 3) cancel.Cancel();
        }, cancellation: cancel.Token);

        Assert.True(outcome.Cancelled);
        Assert.False(outcome.IsComplete);
        Assert.InRange(results.Count, 3, 4);
        Assert.Equal(results.Count, outcome.Progress.Completed);
    }

    [Fact]
    public void Run_JobThrows_RethrowsTheOriginalException()
    {
        var plan = RunPlan.Mixes(Spec(), ["baseline", "broken"], 2, rootSeed: 1);
        var runner = new ExperimentRunner(Short, (mix, _) => mix == "broken" ? throw new FormatException("no such mix") : [], 2);

        var e = Assert.Throws<FormatException>(() => runner.Run(plan, new HashSet<RunKey>(), _ => { }));

        Assert.Equal("no such mix", e.Message);
    }

    [Fact]
    public void Mixes_Plan_ReplicationMajorAndSeedFromRootAndReplicationOnly()
    {
        var jobs = RunPlan.Mixes(Spec(), ["baseline", "restaurant"], 2, rootSeed: 3).Jobs().ToList();

        Assert.Equal([("baseline", 0), ("restaurant", 0), ("baseline", 1), ("restaurant", 1)], jobs.Select(j => (j.Label, j.Replication)));
        Assert.Equal([0, 1, 2, 3], jobs.Select(j => j.Index));
        Assert.Equal(jobs[0].Seed, jobs[1].Seed);
        Assert.Equal(ReplicationSeed.For(3, 1), jobs[2].Seed);
        Assert.NotEqual(ReplicationSeed.For(3, 1), ReplicationSeed.For(4, 1));
        Assert.NotSame(jobs[0].Scenario(), jobs[0].Scenario());
    }

    [Fact]
    public void InOrder_RunsFinishOutOfOrder_PassedOnInPlanOrder()
    {
        var passed = new List<int>();
        var inOrder = new InOrder(r => r.Replication, r => passed.Add(r.Replication));
        var end = new IndicatorSet(1, [new("x", 1.0)]);

        foreach (var r in new[] { 2, 0, 3, 1 }) inOrder.Add(new RunResult("m", r, 1, null, end, [end]));

        Assert.Equal([0, 1, 2, 3], passed);
        Assert.Equal(0, inOrder.Waiting);
    }

    private sealed class Sink(List<RunProgress> seen) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => seen.Add(value);
    }
}
