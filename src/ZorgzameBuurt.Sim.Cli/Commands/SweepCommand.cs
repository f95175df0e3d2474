using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Output;
using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim sweep SCENARIO --vary path=a..b … [--design grid|lhs|morris]</c>: runs one mix over a design of parameter
/// values (each point with its replications; replication k shares its seed across points) and prints the means of
/// the main gap and net indicators per point, or for Morris the μ*, μ and σ of every varied parameter: which
/// assumptions drive the result. Writes results.db and CSV files; re-running the same command resumes it.
/// </summary>
internal static class SweepCommand
{
    public const int DefaultReps = 2;

    public static Command Create(TextWriter stdout, TextWriter stderr, CliContext context)
    {
        var common = new ExperimentOptions(DefaultReps, "Folder for results.db and CSV files (default: out/<scenario>-<8 hex of the experiment key>).")
        {
            Kind = ExperimentKind.Sweep,
        };
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter and its range: path=min..max (repeatable), path as for --set.",
            AllowMultipleArgumentsPerToken = false,
        };
        var design = new Option<string>("--design")
        {
            Description = "grid (every combination of --levels values), lhs (Latin hypercube of --samples points) or morris (screening: --samples trajectories on --levels levels).",
            DefaultValueFactory = _ => "grid",
        };
        design.AcceptOnlyFromAmong("grid", "lhs", "morris");
        var samples = new Option<int?>("--samples") { Description = "lhs: points (default 10); morris: trajectories r (default 10)." };
        var levels = new Option<int?>("--levels") { Description = "grid: values per parameter (default 3); morris: levels p, even (default 4)." };
        var mix = new Option<string?>("--mix") { Description = "Intervention mix run at every point (default: the scenario's mix)." };
        var command = new Command("sweep", "Vary scenario parameters over a grid, a Latin hypercube or a Morris screening design.");
        common.AddTo(command, cluster: true);
        command.Add(vary);
        command.Add(design);
        command.Add(samples);
        command.Add(levels);
        command.Add(mix);
        command.SetAction(result =>
        {
            var inputs = common.Read(result);
            var recorded = inputs.Recorded;
            var label = recorded?.Mixes[0] ?? MixArgument.Normalise(result.GetValue(mix) ?? inputs.Spec.Mix, "--mix");
            MixArgument.Check(context.Interventions, [label], inputs.Spec);
            var ranges = recorded?.Vary ?? VaryArgument.Parse(result.GetValue(vary) ?? [], inputs.Spec);
            var kind = recorded?.Design ?? result.GetValue(design)!;
            var (chosen, sampleCount, levelCount) = recorded is null
                ? Design(kind, ranges, result.GetValue(samples), result.GetValue(levels), inputs.Seed)
                : Design(kind, ranges, recorded.Samples, recorded.Levels, inputs.Seed);

            var settings = new ExperimentSettings
            {
                Mixes = [label],
                Reference = label,
                Replications = inputs.Replications,
                Days = inputs.Days,
                Interval = inputs.Interval,
                Seed = inputs.Seed,
                Sets = inputs.Sets,
                Design = kind,
                Vary = ranges,
                Samples = sampleCount,
                Levels = levelCount,
            };
            var plan = RunPlan.Design(inputs.Spec, chosen, label, inputs.Replications, inputs.Seed, Apply);
            Experiment.Confirm("sweep", plan.Count, inputs, stored: true, stderr);
            var info = Experiment.Info(ExperimentKind.Sweep, inputs, settings, context);
            using var session = Experiment.Begin(Experiment.Folder(inputs.Out, info), info);
            stderr.WriteLine($"sweep: {kind} design, {ranges.Count} parameter{(ranges.Count == 1 ? "" : "s")}, {chosen.Points.Count} points x {inputs.Replications} replication{(inputs.Replications == 1 ? "" : "s")} = {plan.Count} runs of {inputs.Spec.Name} ({label}), {inputs.Days} days -> {session.Store.Directory}");
            if (!Experiment.Execute(context, stderr, "sweep", plan, new RunSettings(inputs.Days, inputs.Interval), inputs.Threads, session, cluster: inputs.Cluster))
                return Cli.Interrupted;

            var sweep = Sweep.FromStore(session.Store, session.Id, chosen, inputs.Replications);
            var files = new List<string> { session.Store.DatabasePath };
            files.AddRange(session.Store.ExportCsv(session.Id, session.Store.Directory));
            files.AddRange(SweepCsv.Write(sweep, session.Store.Directory));
            SweepTable.Write(stdout, sweep, label, inputs.Replications);
            stdout.WriteLine();
            stdout.WriteLine("Files:");
            foreach (var f in files) stdout.WriteLine($"  {f}");
            return 0;
        });
        return command;
    }

    private static (IDesign Design, int? Samples, int? Levels) Design(string kind, IReadOnlyList<VaryRange> ranges, int? samples, int? levels, ulong seed)
    {
        var factors = ranges.Select(r => new Factor(r.Path, r.Min, r.Max)).ToList();
        switch (kind)
        {
            case "grid":
                if (samples is not null) throw new UsageException("--samples: a grid has no samples; use --levels (values per parameter), or --design lhs.");
                var l = OptionRanges.Levels(levels ?? 3);
                try
                {
                    return (new GridDesign(factors, l), null, l);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException($"--levels {l}: {e.Message.Split(" (Parameter", 2)[0]} Use fewer levels or --design lhs.");
                }
            case "lhs":
                if (levels is not null) throw new UsageException("--levels: a Latin hypercube has no levels; use --samples (points).");
                var n = OptionRanges.Samples(samples ?? 10);
                return (new LatinHypercubeDesign(factors, n, seed), n, null);
            default:
                var r = OptionRanges.Samples(samples ?? 10);
                var p = OptionRanges.Levels(levels ?? 4, min: 2);
                if (p % 2 != 0) throw new UsageException($"--levels: Morris needs an even number of levels, at least 2 (4 is usual), got {p}.");
                return (new MorrisDesign(factors, r, p, seed), r, p);
        }
    }

    private static void Apply(Spec.ScenarioSpec spec, DesignPoint point)
    {
        foreach (var (path, value) in point.Values)
            if (!ScenarioOverrides.TrySet(spec, path, value))
                throw new InvalidOperationException($"Design point {point.Label}: cannot set {path} = {value}.");
    }
}
