namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>
/// Everything needed to know what an experiment was and to reproduce it. <see cref="Key"/> identifies it in the
/// store: beginning an experiment whose key exists resumes it. <see cref="SettingsJson"/> holds command settings
/// (replications, mixes, design) as JSON.
/// </summary>
public sealed record ExperimentInfo(
    string Key,
    ExperimentKind Kind,
    string CommandLine,
    string ScenarioName,
    string ScenarioHash,
    string ScenarioYaml,
    string ModelVersion,
    ulong RootSeed,
    string SettingsJson);
