using ZorgzameBuurt.Sim.Orleans.Hosting;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// The checked common inputs of an experiment command. <see cref="Spec"/> already carries the --set overrides and the
/// effective seed and days, so its canonical YAML (recorded with the experiment) reproduces the runs. <see cref="Cluster"/>
/// is the --cluster connection (null: run in this process); it is not part of the experiment's key.
/// <see cref="Yes"/>: --yes, start a large experiment without asking. <see cref="Recorded"/>: with --resume, the
/// settings recorded in the --out folder, which the command uses instead of its own options.
/// </summary>
internal sealed record ExperimentInputs(
    ScenarioSpec Spec,
    IReadOnlyList<string> Sets,
    int Days,
    int Interval,
    ulong Seed,
    int Replications,
    int Threads,
    string? Out,
    ClusterConnection? Cluster = null,
    bool Yes = false,
    ExperimentSettings? Recorded = null);
