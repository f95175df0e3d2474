using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

/// <summary>
/// A small two-settlement municipality for intervention tests: a main village with the services and a
/// sub-village 4 km away without them. Every comparison runs the same spec and seed with and without the
/// intervention (common random numbers).
/// </summary>
internal static class TestWorlds
{
    public const ulong Seed = 7;

    public static ScenarioSpec Municipality(int residents = 1500) => new()
    {
        Name = "intervention-test",
        Population = new PopulationSpec { Inhabitants = residents },
        Parameters = { Needs = { InitialOpenDays = 0 } },   // start with nobody in need, as the measured effects in docs/interventions.md
        Space = new SpaceSpec
        {
            Settlements =
            [
                new SettlementSpec { Name = "centrum", PopulationPct = 60, Streets = 12, X = 0, Y = 0, Facilities = ["ldc", "gp", "pharmacy", "shop", "social_house"] },
                new SettlementSpec { Name = "deeldorp", PopulationPct = 40, Streets = 8, X = 4, Y = 0, Facilities = ["shop"] },
            ],
        },
    };

    public static World Create(ScenarioSpec spec, params IIntervention[] interventions) => CreateSeeded(spec, Seed, interventions);

    /// <summary>The same world with another seed (population and draws alike).</summary>
    public static World CreateSeeded(ScenarioSpec spec, ulong seed, params IIntervention[] interventions) =>
        World.Create(spec, interventions, new WorldOptions(Seed: seed));

    /// <summary>Runs a world with the interventions, tracing the given residents from day 0.</summary>
    public static World Run(ScenarioSpec spec, int days, IEnumerable<int>? traced, params IIntervention[] interventions) =>
        RunSeeded(spec, Seed, days, traced, interventions);

    /// <summary>The same with another seed.</summary>
    public static World RunSeeded(ScenarioSpec spec, ulong seed, int days, IEnumerable<int>? traced, params IIntervention[] interventions)
    {
        var w = CreateSeeded(spec, seed, interventions);
        if (traced is not null)
            foreach (var id in traced) w.Trace(id);
        w.Run(days);
        return w;
    }

    public static IEnumerable<int> Everyone(World w) => Enumerable.Range(0, w.Residents.Count);

    /// <summary>Events of the traced residents that match (read from the logs in one pass).</summary>
    public static int Count(World w, IEnumerable<int> residents, Func<HistoryEvent, bool> match)
    {
        var set = residents as HashSet<int> ?? residents.ToHashSet();
        return Blocks.Events(w).Count(e => set.Contains(e.Resident) && match(e));
    }

    public static T Get<T>(World w) where T : class, IIntervention => w.Interventions.Select(x => x.Intervention).OfType<T>().Single();

    public static InterventionContext ContextOf<T>(World w) where T : class, IIntervention =>
        w.Interventions.Single(x => x.Intervention is T).Context;

    public static int Hub(World w) => w.Professionals.FirstId + w.Hubs[0];

    /// <summary>Agent ids of the professionals of a kind.</summary>
    public static int[] Professionals(World w, ProfessionalKind kind) =>
        Enumerable.Range(0, w.Professionals.Count).Where(j => w.Professionals.Kind[j] == kind).Select(j => w.Professionals.FirstId + j).ToArray();

    public static int[] Ids(World w, TargetGroup group) => group.Select(w.Town);
}
