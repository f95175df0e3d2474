using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Runs the jobs of a plan in parallel across cores and hands each finished run to a sink at once (to the results
/// store, so nothing finished is lost and memory stays flat). Jobs whose (label, replication) is already finished are
/// skipped: this is how an interrupted experiment resumes. Results never depend on scheduling: every run is a pure
/// function of its scenario, mix and seed, whatever the number of threads.
/// <para>
/// With <c>threads</c> workers and many jobs pending, each world runs single-threaded and the workers run
/// different worlds; when fewer jobs than workers remain, the spare threads go into the remaining worlds.
/// </para>
/// </summary>
public sealed class ExperimentRunner : IPlanRunner
{
    private readonly RunSettings _settings;
    private readonly InterventionFactory _interventions;
    private readonly int _threads;

    public ExperimentRunner(RunSettings settings, InterventionFactory interventions, int threads)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(interventions);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _settings = settings;
        _interventions = interventions;
        _threads = threads;
    }

    /// <summary>
    /// Runs every job of <paramref name="plan"/> not in <paramref name="finished"/>. <paramref name="onFinished"/> gets
    /// each completed run, one call at a time (in completion order), and <paramref name="progress"/> is told after
    /// each. Cancellation stops the workers within a simulated day; runs completed before are kept. The first
    /// exception of a job or of <paramref name="onFinished"/> stops the others and is rethrown as it was.
    /// </summary>
    public RunnerOutcome Run(
        RunPlan plan,
        IReadOnlySet<RunKey> finished,
        Action<RunResult> onFinished,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(onFinished);

        var pending = 0;
        foreach (var job in plan.Jobs())
            if (!finished.Contains(new RunKey(job.Label, job.Replication))) pending++;
        var skipped = plan.Count - pending;
        var clock = Stopwatch.StartNew();
        var state = new State(plan, finished, pending);
        progress?.Report(new RunProgress(plan.Count, skipped, 0, TimeSpan.Zero));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var workers = Math.Min(_threads, pending);
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            tasks[w] = Task.Factory.StartNew(
                () => Work(state, onFinished, progress, plan.Count, skipped, clock, stop),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        Task.WaitAll(tasks);

        if (state.Failure is { } failure) failure.Throw();
        var final = new RunProgress(plan.Count, skipped, state.Completed, clock.Elapsed);
        return new RunnerOutcome(final, Cancelled: final.Remaining > 0 && cancellation.IsCancellationRequested);
    }

    private void Work(State state, Action<RunResult> onFinished, IProgress<RunProgress>? progress, int total, int skipped,
        Stopwatch clock, CancellationTokenSource stop)
    {
        try
        {
            while (!stop.IsCancellationRequested && state.TryTake(_threads, out var job, out var worldThreads))
            {
                var run = WorldRun.Execute(job, _settings, _interventions, worldThreads, stop.Token);
                lock (state)
                {
                    onFinished(run);
                    state.Completed++;
                    state.Outstanding--;
                    progress?.Report(new RunProgress(total, skipped, state.Completed, clock.Elapsed));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            lock (state) state.Failure ??= ExceptionDispatchInfo.Capture(e);
            stop.Cancel();
        }
    }

    /// <summary>The shared queue of pending jobs; all members are used under lock(this).</summary>
    private sealed class State(RunPlan plan, IReadOnlySet<RunKey> finished, int pending)
    {
        private readonly IEnumerator<RunJob> _jobs = plan.Jobs().GetEnumerator();

        /// <summary>Jobs not yet completed: running or waiting.</summary>
        public int Outstanding = pending;

        public int Completed;

        public ExceptionDispatchInfo? Failure;

        public bool TryTake(int threads, out RunJob job, out int worldThreads)
        {
            lock (this)
            {
                while (_jobs.MoveNext())
                {
                    job = _jobs.Current;
                    if (finished.Contains(new RunKey(job.Label, job.Replication))) continue;
                    worldThreads = Math.Max(1, threads / Math.Clamp(Outstanding, 1, threads));
                    return true;
                }
                job = null!;
                worldThreads = 1;
                return false;
            }
        }
    }
}
