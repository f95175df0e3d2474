using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Patterns;

/// <summary>
/// Shrinks or grows a scenario to another number of residents while keeping what matters per resident: streets keep
/// their size (the street count scales) and professionals keep their caseload per resident (FTE scales, within the
/// allowed range). Used to run the patterns on a preset at a size that fits a test budget.
/// </summary>
public static class ScenarioSize
{
    public static void Resize(ScenarioSpec spec, int residents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(residents, 100);
        var factor = (double)residents / spec.Population.Inhabitants;
        spec.Population.Inhabitants = residents;
        foreach (var s in spec.Space.Settlements) s.Streets = Math.Max(1, (int)Math.Round(s.Streets * factor));
        foreach (var p in spec.Professionals) p.Fte = Math.Clamp(p.Fte * factor, 0.05, 1);
    }
}
