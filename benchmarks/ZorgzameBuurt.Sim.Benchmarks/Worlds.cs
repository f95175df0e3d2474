using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Benchmarks;

/// <summary>
/// Scenario specs for benchmarks, built in code like the presets: a rural-ish region of settlements of about
/// 4,000 residents (a village or sub-village; every fourth one is a main village with the services), streets of
/// about 125 residents, sparse density, and the default professional line-up once per 10,000 residents (so the
/// hubs keep up and the all-pairs partnership network stays small). Mixes: baseline (no interventions) and full
/// (every intervention of the catalogue).
/// </summary>
public static class Worlds
{
    public const int HeadlineResidents = 10_000;

    public static ScenarioSpec Rural(int residents, double? neighbourTies = null, double? friendTies = null, double? contactsPerDay = null, ulong seed = 1)
    {
        var spec = new ScenarioSpec { Name = $"bench-rural-{residents}", Seed = seed, Days = 365 };
        spec.Population.Inhabitants = residents;
        spec.Population.DensityPerKm2 = 300;
        if (neighbourTies is { } nt) spec.Population.NeighbourTiesMean = nt;
        if (friendTies is { } ft) spec.Population.FriendTiesMean = ft;
        if (contactsPerDay is { } c) spec.Parameters.Contact.PerDay = c;

        var settlements = Math.Clamp((int)Math.Round(residents / 4000.0), 1, 250);
        spec.Space.Settlements = [];
        for (var k = 0; k < settlements; k++)
        {
            var main = k % 4 == 0;
            spec.Space.Settlements.Add(new SettlementSpec
            {
                Name = $"{(main ? "dorp" : "deeldorp")}{k}",
                PopulationPct = 100.0 / settlements,
                Streets = Math.Max(1, (int)Math.Round(residents / (double)settlements / 125)),
                X = 3.0 * (k % 16),
                Y = 3.0 * (k / 16),
                Facilities = main ? ["ldc", "gp", "pharmacy", "shop", "bank", "social_house"] : ["pharmacy", "shop"],
            });
        }
        spec.Space.IntraSettlementKm = 0.8;

        var scale = Math.Max(1, (int)Math.Round(residents / 10_000.0));
        spec.Professionals = ProfessionalSpec.Defaults();
        foreach (var p in spec.Professionals) p.Count *= scale;
        return spec;
    }

    /// <summary>A world of <paramref name="spec"/> running <paramref name="mix"/> (a mix expression, <see cref="Mixes.Parse"/>).</summary>
    public static World Build(ScenarioSpec spec, int threads = 1, string mix = Mixes.Baseline) =>
        World.Create(spec, Mixes.Parse(mix, spec), new WorldOptions(Threads: threads));

    /// <summary>Every intervention of the catalogue at once: the heaviest mix.</summary>
    public static string FullMix => string.Join('+', InterventionCatalog.Keys);
}
