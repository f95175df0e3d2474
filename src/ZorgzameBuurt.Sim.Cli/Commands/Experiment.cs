using ZorgzameBuurt.Sim.Cli.Output;
using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Orleans.Hosting;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>What the experiment commands share: recording an experiment, choosing its folder, running its plan.</summary>
internal static class Experiment
{
    /// <summary>The experiment's record: key (from kind, scenario hash and settings), command line, canonical scenario, version, seed.</summary>
    public static ExperimentInfo Info(ExperimentKind kind, ExperimentInputs inputs, ExperimentSettings settings, CliContext context)
    {
        var hash = ScenarioHash.Compute(inputs.Spec);
        var recorded = settings with { Build = ModelVersion.Build };
        return new ExperimentInfo(
            settings.Key(kind, hash), kind, context.CommandLine, inputs.Spec.Name, hash,
            ScenarioWriter.ToYaml(inputs.Spec), ModelVersion.Current, inputs.Seed, recorded.ToJson());
    }

    /// <summary>--out, or <c>out/&lt;scenario&gt;-&lt;8 hex digits of the experiment key&gt;</c>: the same command always finds its folder again.</summary>
    public static string Folder(string? requested, ExperimentInfo info)
    {
        if (requested is not null) return requested;
        var name = new string(info.ScenarioName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        var hash = info.Key[(info.Key.IndexOf('-', StringComparison.Ordinal) + 1)..];
        return Path.Combine("out", $"{(name.Length == 0 ? "scenario" : name)}-{hash[..Math.Min(8, hash.Length)]}");
    }

    /// <summary>
    /// Prints the size of a large experiment and stops (usage error) unless --yes was given; see <see cref="ExperimentSize"/>.
    /// Called before anything is written.
    /// </summary>
    public static void Confirm(string what, long runs, ExperimentInputs inputs, bool stored, TextWriter stderr) =>
        ExperimentSize.Estimate(runs, inputs.Spec.Population.Inhabitants, inputs.Days, inputs.Interval, inputs.Threads, stored)
            .Confirm(what, inputs.Yes, stderr);

    /// <summary>
    /// Opens the store in <paramref name="folder"/> and begins (or resumes) the experiment; also writes scenario.yaml
    /// there. A folder holding a different experiment is refused (<see cref="OutFolder"/>).
    /// </summary>
    public static ExperimentSession Begin(string folder, ExperimentInfo info)
    {
        OutFolder.CheckFor(folder, info);
        var session = ExperimentSession.Begin(folder, info);
        try
        {
            File.WriteAllText(Path.Combine(session.Store.Directory, "scenario.yaml"), info.ScenarioYaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            session.Dispose();
            throw new ResultsStoreException($"Cannot write to '{folder}': {e.Message}", e);
        }
        return session;
    }

    /// <summary>
    /// Runs the plan's unfinished runs, saving each at once into <paramref name="session"/> (when given) and passing
    /// it to <paramref name="consume"/> (when given). False when interrupted, after saying how to resume. With
    /// <paramref name="cluster"/>, the runs go to that Orleans cluster (<see cref="ClusterRunner"/>).
    /// </summary>
    public static bool Execute(CliContext context, TextWriter stderr, string what, RunPlan plan, RunSettings settings, int threads,
        ExperimentSession? session, Action<RunResult>? consume = null, ClusterConnection? cluster = null)
    {
        var finished = session?.Finished ?? new HashSet<RunKey>();
        if (session is not null && finished.Count > 0)
        {
            var done = plan.Jobs().Count(j => finished.Contains(new RunKey(j.Label, j.Replication)));
            stderr.WriteLine(done == plan.Count
                ? $"{what}: all {plan.Count} runs were already done in {session.Store.Directory}; summarising them."
                : $"{what}: resuming in {session.Store.Directory}: {done} of {plan.Count} runs already done.");
        }

        var progress = new ProgressPrinter(stderr, context.Interactive, what);
        var client = cluster is null ? null : ClusterConnect.Open(cluster, what, stderr, context.Cancellation);
        var runner = ClusterConnect.Runner(client, context, settings, threads, line =>
        {
            progress.Finish();
            stderr.WriteLine($"{what}: {line}");
        });
        RunnerOutcome outcome;
        try
        {
            outcome = runner.Run(plan, finished, run =>
            {
                session?.Save(run);
                consume?.Invoke(run);
                context.AfterRun?.Invoke(run);
            }, progress, context.Cancellation);
        }
        finally
        {
            progress.Finish();
            client?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (!outcome.Cancelled) return true;
        stderr.WriteLine(session is null
            ? $"{what}: interrupted after {outcome.Progress.Done} of {plan.Count} runs."
            : $"{what}: interrupted. {outcome.Progress.Done} of {plan.Count} runs are saved in {session.Store.Directory}; run the same command again to resume.");
        return false;
    }
}
