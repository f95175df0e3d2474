namespace ZorgzameBuurt.Sim.Spec;

/// <summary>
/// A whole scenario: population, space, professionals, model parameters, interventions, mixes, shocks
/// and horizon. Every property has a documented default, so a scenario names only what differs.
/// A plain data object: the engine copies what it needs when a world is built and never keeps a reference.
/// </summary>
public sealed class ScenarioSpec
{
    public string Name { get; set; } = "unnamed";
    public string Description { get; set; } = "";

    [Parameter(0, ulong.MaxValue, "run setting", Doc = "Root seed; every random draw is keyed by (seed, stream, draw).")]
    public ulong Seed { get; set; } = 1;

    [Parameter(1, 36500, "run setting", Doc = "Horizon in days (one tick = one day).")]
    public int Days { get; set; } = 365;

    [Parameter(1, 3650, "run setting", Doc = "Days between indicator snapshots.")]
    public int IndicatorInterval { get; set; } = 30;

    /// <summary>The mix run when none is named: a key of <see cref="Mixes"/> or an expression a+b+c.</summary>
    public string Mix { get; set; } = "baseline";

    public PopulationSpec Population { get; set; } = new();
    public SpaceSpec Space { get; set; } = new();
    public List<ProfessionalSpec> Professionals { get; set; } = ProfessionalSpec.Defaults();
    public ModelParameters Parameters { get; set; } = new();
    public InterventionSettings Interventions { get; set; } = new();

    /// <summary>Named mixes, e.g. <c>village_plan: restaurant+call_round</c>.</summary>
    public Dictionary<string, string> Mixes { get; set; } = new(StringComparer.Ordinal);

    public ShockSpec Shocks { get; set; } = new();
}
