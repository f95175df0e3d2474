using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Output;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim compare SCENARIO --mixes "baseline;a;a+b" …</c>: every mix runs the same replications (replication k
/// shares its seed across mixes: common random numbers). Prints per key indicator and mix the mean with its 95%
/// interval, the paired difference against baseline, the change per €1,000 and per staff hour, and who benefits
/// (subgroups); writes results.db, CSV files and report.html. Re-running the same command resumes it.
/// </summary>
internal static class CompareCommand
{
    public const int DefaultReps = 10;

    public static Command Create(TextWriter stdout, TextWriter stderr, CliContext context)
    {
        var common = new ExperimentOptions(DefaultReps, "Folder for results.db, CSV files and report.html (default: out/<scenario>-<8 hex of the experiment key>).")
        {
            Kind = ExperimentKind.Compare,
        };
        var mixes = new Option<string?>("--mixes")
        {
            Description = "Mixes separated by ';' (default: baseline and the scenario's named mixes, else \"baseline;restaurant;call_round;restaurant+call_round\"). Differences are taken against baseline (else the first).",
        };
        var rank = new Option<string?>("--rank") { Description = "Indicator to rank the mixes on (default: hidden_need_share)." };
        var command = new Command("compare", "Compare intervention mixes on the same replications: means, 95% intervals, paired differences, cost-effectiveness, subgroups.");
        common.AddTo(command, cluster: true);
        command.Add(mixes);
        command.Add(rank);
        command.SetAction(result =>
        {
            var inputs = common.Read(result);
            var list = inputs.Recorded?.Mixes ?? (result.GetValue(mixes) is { } text ? MixArgument.ParseList(text) : MixArgument.Defaults(inputs.Spec));
            var rankName = IndicatorArgument.Check(result.GetValue(rank) ?? IndicatorNames.HiddenNeedShare, "--rank");
            foreach (var warning in MixArgument.Check(context.Interventions, list, inputs.Spec)) stderr.WriteLine($"zbsim: warning: {warning}");

            var settings = new ExperimentSettings
            {
                Mixes = list,
                Reference = inputs.Recorded?.Reference ?? (list.Contains("baseline") ? "baseline" : list[0]),
                Replications = inputs.Replications,
                Days = inputs.Days,
                Interval = inputs.Interval,
                Seed = inputs.Seed,
                Sets = inputs.Sets,
            };
            var plan = RunPlan.Mixes(inputs.Spec, list, inputs.Replications, inputs.Seed);
            Experiment.Confirm("compare", plan.Count, inputs, stored: true, stderr);
            var info = Experiment.Info(ExperimentKind.Compare, inputs, settings, context);
            using var session = Experiment.Begin(Experiment.Folder(inputs.Out, info), info);
            stderr.WriteLine($"compare: {list.Count} mix{(list.Count == 1 ? "" : "es")} x {inputs.Replications} replication{(inputs.Replications == 1 ? "" : "s")} of {inputs.Spec.Name}, {inputs.Days} days, seed {inputs.Seed}, {ClusterConnect.Where(inputs)} -> {session.Store.Directory}");

            if (!Experiment.Execute(context, stderr, "compare", plan, new RunSettings(inputs.Days, inputs.Interval) { ResidentOutcomes = true }, inputs.Threads, session, cluster: inputs.Cluster))
                return Cli.Interrupted;

            var stored = session.Store.FindExperiment(info.Key)!;
            var (comparison, reached, files) = CompareOutputs.Write(session.Store, stored, rankName);
            CompareTable.Write(stdout, comparison, reached, rankName, inputs.Spec.Name, inputs.Days);
            stdout.WriteLine();
            stdout.WriteLine("Files:");
            foreach (var f in files.Prepend(session.Store.DatabasePath)) stdout.WriteLine($"  {f}");
            return 0;
        });
        return command;
    }
}
