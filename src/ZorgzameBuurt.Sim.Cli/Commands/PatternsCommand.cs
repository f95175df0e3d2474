using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Output;
using ZorgzameBuurt.Sim.Experiments.Patterns;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim patterns [SCENARIO] [--reps R]</c>: runs the patterns of MODEL.md §7 as comparisons with common random
/// numbers and prints, per pattern, the compared quantity, both means with 95% intervals, the paired difference and
/// PASS or FAIL. Exits 1 when any pattern fails (docs/validation.md).
/// </summary>
internal static class PatternsCommand
{
    public const int DefaultReps = 10;

    /// <summary>Exit code when at least one pattern fails.</summary>
    public const int Failed = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr, CliContext context)
    {
        var common = new ExperimentOptions(DefaultReps, "");
        var residents = new Option<int?>("--residents") { Description = "Resize the scenario to this many residents (streets and professional FTE scale along)." };
        var only = new Option<string?>("--only") { Description = "Run only these patterns, e.g. \"1,4a,7\" (default: all)." };
        var command = new Command("patterns", "Run the validation patterns of MODEL.md §7 and print PASS or FAIL for each (exit 1 if any fails).");
        common.AddTo(command, output: false, cluster: true);
        command.Add(residents);
        command.Add(only);
        command.SetAction(result =>
        {
            var inputs = common.Read(result);
            if (inputs.Replications < 2) throw new UsageException($"--reps: a paired interval needs at least 2 replications, got {inputs.Replications}.");
            if (inputs.Days < 360) throw new UsageException($"--days: the patterns need at least 360 days (lags and decay take time), got {inputs.Days}.");
            if (result.GetValue(residents) is { } n)
            {
                ScenarioSize.Resize(inputs.Spec, OptionRanges.Residents(n));
                var problems = ScenarioLoader.Recheck(inputs.Spec, "--residents");
                if (problems.Count > 0) throw new UsageException($"--residents {n:N0}: the resized scenario is not valid: {problems[0].Field}: {problems[0].Message}");
            }

            var patterns = Select(PatternCatalogue.For(inputs.Days), result.GetValue(only));
            Experiment.Confirm("patterns", PatternRuns(patterns, inputs.Replications), inputs, stored: false, stderr);
            var progress = new ProgressPrinter(stderr, context.Interactive, "patterns");
            stderr.WriteLine($"patterns: {patterns.Count} patterns x {inputs.Replications} replications of {inputs.Spec.Name} ({inputs.Spec.Population.Inhabitants:N0} residents, {inputs.Days} days, seed {inputs.Seed}), {ClusterConnect.Where(inputs)}");
            var client = inputs.Cluster is { } cluster ? ClusterConnect.Open(cluster, "patterns", stderr, context.Cancellation) : null;
            var runner = new PatternRunner(inputs.Spec, inputs.Replications, context.Interventions)
            {
                Threads = inputs.Threads,
                Interval = inputs.Interval,
                Progress = progress,
                Runner = client is null ? null : settings => ClusterConnect.Runner(client, context, settings, inputs.Threads, line =>
                {
                    progress.Finish();
                    stderr.WriteLine($"patterns: {line}");
                }),
            };
            IReadOnlyList<PatternOutcome> outcomes;
            try
            {
                outcomes = runner.Run(patterns, context.Cancellation);
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine("patterns: interrupted; nothing is stored, run the command again.");
                return Cli.Interrupted;
            }
            finally
            {
                client?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            progress.Finish();
            PatternTable.Write(stdout, outcomes, inputs.Spec.Name, inputs.Replications);
            return outcomes.All(o => o.Passed) ? 0 : Failed;
        });
        return command;
    }

    /// <summary>Runs the patterns need: one per distinct variant and replication (as <see cref="PatternRunner"/> plans them).</summary>
    private static long PatternRuns(IReadOnlyList<Pattern> patterns, int replications) =>
        (long)patterns.SelectMany(p => p.Variants).DistinctBy(v => v.RunKey).Count() * replications;

    private static IReadOnlyList<Pattern> Select(IReadOnlyList<Pattern> all, string? only)
    {
        if (only is null) return all;
        var ids = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = ids.Where(id => all.All(p => p.Id != id)).ToList();
        if (unknown.Count > 0 || ids.Length == 0)
            throw new UsageException($"--only: unknown pattern '{string.Join("', '", unknown)}'; patterns are {string.Join(", ", all.Select(p => p.Id))}.");
        return all.Where(p => ids.Contains(p.Id)).ToList();
    }
}
