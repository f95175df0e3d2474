using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Output;
using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim run SCENARIO [--mix M] [--reps R] …</c>: one mix. With one replication prints that run's end indicators;
/// with several, each indicator's mean over replications with its 95% interval. Replication k uses the seed derived
/// from (root seed, k), as in compare and sweep, so a run reproduces replication 0 of any experiment with that seed.
/// With --out the runs are recorded (results.db, CSV, scenario.yaml) and an interrupted command resumes.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliContext context)
    {
        var common = new ExperimentOptions(defaultReps: 1, "Record the runs in this folder (results.db, CSV, scenario.yaml); without it nothing is written.")
        {
            Kind = ExperimentKind.Run,
        };
        var mix = new Option<string?>("--mix") { Description = "Intervention mix: baseline, a+b+c or a named mix (default: the scenario's mix)." };
        var json = new Option<bool>("--json") { Description = "Print the end-of-run indicators as one JSON object (means with 95% intervals when --reps > 1)." };
        var blockSize = new Option<int?>("--block-size") { Description = "Residents per block of agents (default 2048; results do not depend on it)." };
        var host = new Option<string>("--host") { Description = "Where the world runs: engine (in-process, default) or orleans (grains on an in-process silo, or with --cluster on a cluster's silos); the results are the same.", DefaultValueFactory = _ => "engine" };
        common.Cluster.Description = "With --host orleans: place the world's grains over the silos of this cluster: localhost, localhost:PORT[,PORT...] or redis://HOST:PORT, each with an optional ?cluster=ID&service=ID (docs/cluster.md). Results equal the in-process run.";
        var command = new Command("run", "Simulate one scenario with one intervention mix and print its indicators.");
        common.AddTo(command, cluster: true);
        command.Add(mix);
        command.Add(json);
        command.Add(blockSize);
        command.Add(host);
        command.SetAction(result =>
        {
            var inputs = common.Read(result);
            var label = inputs.Recorded?.Mixes[0] ?? MixArgument.Normalise(result.GetValue(mix) ?? inputs.Spec.Mix, "--mix");
            MixArgument.Check(context.Interventions, [label], inputs.Spec);
            var plan = RunPlan.Mixes(inputs.Spec, [label], inputs.Replications, inputs.Seed);
            Experiment.Confirm("run", plan.Count, inputs, stored: inputs.Out is not null, stderr);
            var size = result.GetValue(blockSize) ?? 0;
            if (size < 0 || size > 1 << 24) throw new UsageException($"--block-size: must be from 1 to {1 << 24} (0: the default), got {size}.");
            using var runHost = RunHosts.Create(result.GetValue(host) ?? "engine", inputs.Cluster, stderr, context);
            var settings = new RunSettings(inputs.Days, inputs.Interval) { BlockSize = size, Host = runHost?.Host };

            IndicatorStats stats;
            RunResult? single = null;
            if (inputs.Out is null)
            {
                stats = new IndicatorStats();
                var inOrder = new InOrder(r => r.Replication, r => { stats.Add(r.End); single = r; });
                if (!Experiment.Execute(context, stderr, "run", plan, settings, inputs.Threads, null, inOrder.Add)) return Cli.Interrupted;
            }
            else
            {
                var recorded = new ExperimentSettings
                {
                    Mixes = [label], Reference = label, Replications = inputs.Replications, Days = inputs.Days,
                    Interval = inputs.Interval, Seed = inputs.Seed, Sets = inputs.Sets,
                };
                var info = Experiment.Info(ExperimentKind.Run, inputs, recorded, context);
                using var session = Experiment.Begin(Experiment.Folder(inputs.Out, info), info);
                if (!Experiment.Execute(context, stderr, "run", plan, settings, inputs.Threads, session)) return Cli.Interrupted;
                stats = new IndicatorStats();
                foreach (var run in session.Store.ReadRuns(session.Id, label))
                {
                    if (run.Replication >= inputs.Replications) continue;
                    stats.Add(run.End);
                    single = run;
                }
                var comparison = Comparison.FromStore(session.Store, session.Id, [label], label, inputs.Replications);
                session.Store.ExportCsv(session.Id, session.Store.Directory);
                ComparisonCsv.Write(comparison, session.Store.Directory);
                stderr.WriteLine($"run: results in {session.Store.Directory}");
            }

            if (result.GetValue(json))
                stdout.WriteLine(single is not null && inputs.Replications == 1 ? IndicatorJson.Write(single.End) : IndicatorJson.Write(stats));
            else
                IndicatorTable.Write(stdout, stats, inputs.Replications == 1 ? single?.End : null);
            return 0;
        });
        return command;
    }
}
