using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// One run of a plan: its position in the plan, its label (mix or design point), the mix expression it runs,
/// its replication and seed, the design point values (empty outside sweeps), and the scenario. The scenario is
/// built when the run starts, so a plan of many design points holds only the running scenarios in memory; it is
/// built fresh for the run and may be changed by it. <see cref="ScenarioYaml"/>, when set, is the canonical YAML the
/// scenario is built from (what a cluster sends instead of writing the scenario again for every run).
/// </summary>
public sealed record RunJob(
    int Index,
    string Label,
    string Mix,
    int Replication,
    ulong Seed,
    IReadOnlyDictionary<string, double> Point,
    Func<ScenarioSpec> Scenario)
{
    /// <summary>The canonical YAML of <see cref="Scenario"/>, when the plan has it as text; null: write the scenario.</summary>
    public string? ScenarioYaml { get; init; }
}
