using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the walking routes with benches (kuieren en keuvelen, wandelroutes, zitbanken; S000 #9, S003 Bijlage 5 §2.3).</summary>
public sealed class WalkingRoutesOptions
{
    /// <summary>The routes are there every day from the start (walked independently, no organised moment, S000 #9).</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Daily);

    /// <summary>Where the routes are; empty: every settlement.</summary>
    public string Settlement { get; set; } = "";

    [Parameter(0.01, 1, "ASSUMED (baseline chance encounters are 0.6 per resident per day)", Doc = "Extra chance encounters per resident per day on the routes and benches.")]
    public double ExtraEncountersPerResidentPerDay { get; set; } = 0.1;

    [Parameter(0.05, 1, "ASSUMED (benches make a route walkable, S000 #9 \"zitbankenwandeling\")", Doc = "Walking factor with limited mobility.")]
    public double LimitedMobilityFactor { get; set; } = 0.5;

    [Parameter(0, 5, "ASSUMED (\"I got to know someone by going for walks\", S000 Ch3 §6.2)", Doc = "Factor on the engine's encounter tie-formation chances (homophily) for route encounters.")]
    public double TieFormationFactor { get; set; } = 1;

    /// <summary>Signposting and benches at the start; upkeep per year (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(5000, 500, 0, 0);
}

/// <summary>
/// Walking routes and benches: every day they add chance encounters between residents of the settlement (a walker
/// and someone met on the route or a bench), counted as encounters like everyday street encounters and forming a
/// weak tie with the engine's homophily chances. Low cost; no organiser. In a lockdown encounters fall with the
/// lockdown contact factor, as street encounters do.
/// </summary>
public sealed class WalkingRoutes(WalkingRoutesOptions options) : InterventionBase
{
    private int[] _settlements = [];

    public const string Name = "walking_routes";

    public override string Key => Name;

    public WalkingRoutesOptions Options { get; } = options;

    /// <summary>Extra encounters so far.</summary>
    public long Encounters { get; private set; }

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        var one = Places.Settlement(w, Options.Settlement, -1);
        _settlements = one >= 0 ? [one] : Enumerable.Range(0, w.Space.Count).ToArray();
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsOn(day)) return;
        var w = ctx.Town;
        var r = w.Residents;
        var t = w.Parameters.Ties;
        var n = 0;
        foreach (var k in _settlements)
        {
            var (lo, hi) = Places.Range(w, k);
            if (hi - lo < 2) continue;
            var rng = ctx.Rng(k);
            var expected = Options.ExtraEncountersPerResidentPerDay * (hi - lo) * (ctx.Lockdown ? w.LockdownContactFactor : 1);
            var count = (int)expected + (rng.Chance(expected - Math.Floor(expected)) ? 1 : 0);
            for (var e = 0; e < count; e++)
            {
                var a = lo + rng.NextInt(hi - lo);
                if (r.Has(a, Traits.LimitedMobility) && !rng.Chance(Options.LimitedMobilityFactor)) continue;
                var b = lo + rng.NextInt(hi - lo);
                if (a == b) continue;
                var similar = r.Age[a] == r.Age[b] && r.Has(a, Traits.ForeignOrigin) == r.Has(b, Traits.ForeignOrigin);
                TieKind? form = rng.Chance((similar ? t.FormationSimilar : t.FormationDissimilar) * Options.TieFormationFactor) ? TieKind.Neighbour : null;
                ctx.Encounter(a, b, form, ctx.KeyFor(k, n++));
                ctx.Reach(a);
                ctx.Reach(b);
                Encounters++;
            }
        }
        Sessions++;
    }
}
