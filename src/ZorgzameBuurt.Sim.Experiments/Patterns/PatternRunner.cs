using System.Collections.Concurrent;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Patterns;

/// <summary>
/// Runs patterns: every distinct variant (mix and condition) runs replications 0..R−1 once, with the seeds of
/// <see cref="ReplicationSeed"/>, so replication k of every variant shares its random numbers where the variants do
/// not differ (common random numbers). Runs go in parallel over the workers, each world on one thread, so results
/// do not depend on the thread count.
/// </summary>
public sealed class PatternRunner(ScenarioSpec scenario, int replications, InterventionFactory interventions)
{
    private readonly string _yaml = ScenarioCopy.ToYaml(scenario);

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Days between snapshots (patterns about timing read the series).</summary>
    public int Interval { get; init; } = 30;

    /// <summary>Told after each finished run (one call at a time).</summary>
    public IProgress<RunProgress>? Progress { get; init; }

    /// <summary>
    /// Runs the jobs elsewhere (an Orleans cluster: <see cref="ClusterRunner"/>) instead of in this process; gets the
    /// run settings. Null: in this process on <see cref="Threads"/> workers.
    /// </summary>
    public Func<RunSettings, IPlanRunner>? Runner { get; init; }

    public IReadOnlyList<PatternOutcome> Run(IReadOnlyList<Pattern> patterns, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 2);
        var variants = patterns.SelectMany(p => p.Variants).DistinctBy(v => v.RunKey).ToList();
        var jobs = new List<RunJob>();
        for (var r = 0; r < replications; r++)
            foreach (var variant in variants)
                jobs.Add(new RunJob(jobs.Count, variant.RunKey, variant.Mix, r, ReplicationSeed.For(scenario.Seed, r),
                    new Dictionary<string, double>(), () => Build(variant)));

        var settings = new RunSettings(scenario.Days, Interval);
        var results = new ConcurrentDictionary<(int Replication, string Key), RunResult>();
        if (Runner is { } runner)
        {
            var outcome = runner(settings).Run(RunPlan.Of(jobs), new HashSet<Storage.RunKey>(), r => results[(r.Replication, r.Mix)] = r, Progress, cancellation);
            if (outcome.Cancelled) throw new OperationCanceledException(cancellation);
            return Outcomes(patterns, results);
        }

        var done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var gate = new object();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads), CancellationToken = cancellation }, job =>
        {
            results[(job.Replication, job.Label)] = WorldRun.Execute(job, settings, interventions, 1, cancellation);
            lock (gate) Progress?.Report(new RunProgress(jobs.Count, 0, ++done, clock.Elapsed));
        });

        return Outcomes(patterns, results);
    }

    private IReadOnlyList<PatternOutcome> Outcomes(IReadOnlyList<Pattern> patterns, ConcurrentDictionary<(int Replication, string Key), RunResult> results)
    {
        return patterns.Select(pattern => PatternOutcome.From(pattern, Enumerable.Range(0, replications)
            .Select(r => pattern.Contrast(new Replicate(pattern.Variants.ToDictionary(v => v.Label, v => results[(r, v.RunKey)], StringComparer.Ordinal))))
            .ToList())).ToList();
    }

    private ScenarioSpec Build(Variant variant)
    {
        var spec = ScenarioCopy.FromYaml(_yaml);
        variant.Change?.Invoke(spec);
        return spec;
    }
}
