namespace ZorgzameBuurt.Sim.Spec;

/// <summary>
/// Settings for every intervention of MODEL.md §4, one property per mix key. A mix switches interventions on;
/// these settings say how each runs when it is on. Defaults follow the sources (docs/interventions.md).
/// </summary>
public sealed class InterventionSettings
{
}
