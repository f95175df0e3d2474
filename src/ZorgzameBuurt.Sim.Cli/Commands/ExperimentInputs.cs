using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// The checked common inputs of an experiment command. <see cref="Spec"/> already carries the --set overrides and the
/// effective seed and days, so its canonical YAML (recorded with the experiment) reproduces the runs.
/// </summary>
internal sealed record ExperimentInputs(
    ScenarioSpec Spec,
    IReadOnlyList<string> Sets,
    int Days,
    int Interval,
    ulong Seed,
    int Replications,
    int Threads,
    string? Out);
