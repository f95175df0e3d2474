using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Support;

/// <summary>Small hand-built worlds for mechanism tests: a village and a hamlet across a railway.</summary>
internal static class TestWorlds
{
    public static ScenarioSpec Spec(int residents = 1000, Action<ScenarioSpec>? tweak = null)
    {
        var spec = new ScenarioSpec { Name = "test", Seed = 7 };
        spec.Population.Inhabitants = residents;
        spec.Parameters.Needs.InitialOpenDays = 0;   // mechanism tests start with nobody in need
        spec.Space.Settlements =
        [
            new SettlementSpec { Name = "dorp", PopulationPct = 70, Streets = Math.Max(1, residents * 7 / 1000), X = 0, Y = 0, Facilities = ["ldc", "gp", "social_house"] },
            new SettlementSpec { Name = "gehucht", PopulationPct = 30, Streets = Math.Max(1, residents * 3 / 1000), X = 3, Y = 0, Side = 1 },
        ];
        spec.Space.Barrier = new BarrierSpec { Name = "railway", ExtraKm = 2 };
        tweak?.Invoke(spec);
        return spec;
    }

    public static World Build(ScenarioSpec spec, IEnumerable<IIntervention>? interventions = null, int threads = 1) =>
        World.Create(spec, interventions, new WorldOptions(Threads: threads));

    /// <summary>Removes every care director (the hub).</summary>
    public static void WithoutHub(ScenarioSpec spec) =>
        spec.Professionals.RemoveAll(p => p.Kind == ProfessionalKind.CareDirector);
}
