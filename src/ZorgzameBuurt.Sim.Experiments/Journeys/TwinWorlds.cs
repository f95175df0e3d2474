using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Journeys;

/// <summary>
/// Two worlds of one scenario and seed stepped together: one with the chosen mix, the twin with the comparison mix
/// (baseline: without the interventions). Tracing the same residents in both gives a resident's journey and its
/// counterfactual. Each world is built from its own copy of the scenario, so a shock given to one is given to the
/// other explicitly. Not thread-safe; one caller steps it.
/// </summary>
public sealed class TwinWorlds
{
    private TwinWorlds(World with, World without, string mix, string versus)
    {
        With = with;
        Without = without;
        Mix = mix;
        Versus = versus;
    }

    public World With { get; }
    public World Without { get; }
    public string Mix { get; }
    public string Versus { get; }

    /// <summary>Builds both worlds; <paramref name="scenario"/> makes a fresh spec each call (one per world).</summary>
    public static TwinWorlds Create(Func<ScenarioSpec> scenario, string mix, string versus, ulong seed, InterventionFactory? interventions = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        interventions ??= Mixes.Parse;
        var a = scenario();
        var b = scenario();
        var with = World.Create(a, interventions(mix, a), new WorldOptions(seed));
        var without = World.Create(b, interventions(versus, b), new WorldOptions(seed));
        return new TwinWorlds(with, without, mix, versus);
    }

    /// <summary>Records the journey of <paramref name="resident"/> in both worlds from now on.</summary>
    public void Trace(int resident)
    {
        With.Trace(resident);
        Without.Trace(resident);
    }

    /// <summary>Traces every resident in both worlds (a workbench where any resident may be clicked).</summary>
    public void TraceAll()
    {
        for (var id = 0; id < With.Residents.Count; id++) Trace(id);
    }

    /// <summary>One day in both worlds.</summary>
    public void Step()
    {
        With.Step();
        Without.Step();
    }

    /// <summary>The resident in both worlds; <paramref name="mix"/> names the first world's interventions when they
    /// changed since it was built (switched live), else <see cref="Mix"/>.</summary>
    public JourneyComparison Compare(int resident, string? mix = null)
    {
        if (resident < 0 || resident >= With.Residents.Count)
            throw new ArgumentOutOfRangeException(nameof(resident), $"resident must be 0..{With.Residents.Count - 1}, got {resident}");
        return new JourneyComparison(resident, Journey.Of(With, mix ?? Mix, resident), Journey.Of(Without, Versus, resident));
    }
}
