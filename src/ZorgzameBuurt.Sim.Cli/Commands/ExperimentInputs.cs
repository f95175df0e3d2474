using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// The checked common inputs of an experiment command. <see cref="Spec"/> already carries the --set overrides and the
/// effective seed and days, so its canonical YAML (recorded with the experiment) reproduces the runs.
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
    bool Yes = false,
    ExperimentSettings? Recorded = null);
