namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>
/// What a live world is built from: the scenario as YAML text (a preset's or an uploaded file's, already valid) with
/// its name for messages, --set style overrides, the seed, the starting mix and the counterfactual's mix.
/// Serialisable data only, so it can cross a grain boundary. Immutable.
/// </summary>
public sealed record LiveWorldSetup(string ScenarioName, string ScenarioYaml, IReadOnlyList<string> Sets, ulong? Seed, string Mix, string Versus = "baseline");
