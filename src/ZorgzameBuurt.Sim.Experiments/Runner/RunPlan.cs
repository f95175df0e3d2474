using System.Collections.ObjectModel;
using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// The runs of an experiment, in the order they are started: replication by replication (replication 0 of every
/// mix or design point, then replication 1, …), so an interrupted experiment holds whole replications that pair up.
/// Replication k always uses <see cref="ReplicationSeed.For"/>(root seed, k). Jobs are made on demand.
/// </summary>
public sealed class RunPlan
{
    private static readonly IReadOnlyDictionary<string, double> NoPoint =
        new ReadOnlyDictionary<string, double>(new Dictionary<string, double>(StringComparer.Ordinal));

    private readonly Func<IEnumerable<RunJob>> _jobs;

    private RunPlan(int count, Func<IEnumerable<RunJob>> jobs)
    {
        Count = count;
        _jobs = jobs;
    }

    /// <summary>Number of runs in the plan.</summary>
    public int Count { get; }

    public IEnumerable<RunJob> Jobs() => _jobs();

    /// <summary>
    /// Every mix with <paramref name="replications"/> replications on the same scenario; the label of a run is its mix.
    /// Each run gets its own copy of <paramref name="scenario"/>.
    /// </summary>
    public static RunPlan Mixes(ScenarioSpec scenario, IReadOnlyList<string> mixes, int replications, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(mixes);
        if (mixes.Count == 0) throw new ArgumentException("A plan needs at least one mix.", nameof(mixes));
        if (mixes.Distinct(StringComparer.Ordinal).Count() != mixes.Count) throw new ArgumentException("A mix appears twice.", nameof(mixes));
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var copy = mixes.ToArray();
        var yaml = ScenarioCopy.ToYaml(scenario);
        return new RunPlan(checked(copy.Length * replications), () => MixJobs(yaml, copy, replications, rootSeed));
    }

    /// <summary>
    /// Every point of <paramref name="design"/> with <paramref name="replications"/> replications, all running
    /// <paramref name="mix"/>; the label of a run is its point's label, and each run's scenario is
    /// <paramref name="scenario"/> with the point's values set by <paramref name="apply"/>.
    /// </summary>
    public static RunPlan Design(ScenarioSpec scenario, IDesign design, string mix, int replications, ulong rootSeed,
        Action<ScenarioSpec, DesignPoint> apply)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentException.ThrowIfNullOrWhiteSpace(mix);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var yaml = ScenarioCopy.ToYaml(scenario);
        var points = design.Points;
        return new RunPlan(checked(points.Count * replications), () => PointJobs(yaml, points, mix, replications, rootSeed, apply));
    }

    /// <summary>A plan of jobs made elsewhere (patterns), in the order given; their indices must be 0, 1, 2, ….</summary>
    public static RunPlan Of(IReadOnlyList<RunJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        for (var i = 0; i < jobs.Count; i++)
            if (jobs[i].Index != i) throw new ArgumentException($"Job {i} has index {jobs[i].Index}.", nameof(jobs));
        var copy = jobs.ToArray();
        return new RunPlan(copy.Length, () => copy);
    }

    private static IEnumerable<RunJob> MixJobs(string yaml, string[] mixes, int replications, ulong rootSeed)
    {
        var index = 0;
        for (var r = 0; r < replications; r++)
        {
            var seed = ReplicationSeed.For(rootSeed, r);
            foreach (var mix in mixes)
                yield return new RunJob(index++, mix, mix, r, seed, NoPoint, () => ScenarioCopy.FromYaml(yaml)) { ScenarioYaml = yaml };
        }
    }

    private static IEnumerable<RunJob> PointJobs(string yaml, IReadOnlyList<DesignPoint> points, string mix, int replications,
        ulong rootSeed, Action<ScenarioSpec, DesignPoint> apply)
    {
        var index = 0;
        for (var r = 0; r < replications; r++)
        {
            var seed = ReplicationSeed.For(rootSeed, r);
            foreach (var point in points)
            {
                var p = point;
                yield return new RunJob(index++, p.Label, mix, r, seed, p.Values, () =>
                {
                    var spec = ScenarioCopy.FromYaml(yaml);
                    apply(spec, p);
                    return spec;
                });
            }
        }
    }
}
