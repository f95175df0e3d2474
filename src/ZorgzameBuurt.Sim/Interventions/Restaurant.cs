using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the village/neighbourhood restaurant (dorps-/buurtrestaurant, S000 #1, S002).</summary>
public sealed class RestaurantOptions
{
    /// <summary>Meal days. Volunteers are recruited on the start day, the first meal is a day later.</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Weekly, offset: 1);

    /// <summary>Where the meal is served; empty: the first settlement with an LDC (the main village, S000 Ch3 §2.5).</summary>
    public string Settlement { get; set; } = "";

    /// <summary>Who is invited (MODEL.md §4: e.g. 65+ living alone; S000 #1 targets vulnerable residents).</summary>
    public TargetGroup Invited { get; set; } = new(MinimumAge.Over65, livingAloneOnly: true);

    /// <summary>The BZR is present (S000 #1); volunteers serve (S000 Ch3 §2.3).</summary>
    public Staffing Staffing { get; set; } = new(4, 3, ProfessionalKind.CareDirector);

    [Parameter(5, 200, "ASSUMED", Doc = "Seats per meal (capacity).")]
    public int Seats { get; set; } = 40;

    [Parameter(0.02, 0.8, "ASSUMED", Doc = "Chance that an invited resident living at the venue comes to a meal.")]
    public double Attendance { get; set; } = 0.25;

    [Parameter(0.5, 20, "ASSUMED (poor transport, S000 Ch3 §1.4)", Doc = "Km over which attendance halves.")]
    public double DistanceHalfKm { get; set; } = 2;

    [Parameter(0.05, 1, "ASSUMED", Doc = "Attendance factor with limited mobility (unless someone brings you).")]
    public double LimitedMobilityFactor { get; set; } = 0.3;

    [Parameter(1, 5, "ASSUMED (S002: \"Miet picks her up\")", Doc = "Attendance factor when a tie came last time (or serves): they bring you, lifting the mobility penalty.")]
    public double BroughtAlongFactor { get; set; } = 2.5;

    [Parameter(1, 3, "ASSUMED", Doc = "Attendance factor for someone who came last time (habit).")]
    public double ReturnFactor { get; set; } = 1.5;

    [Parameter(0.05, 1, "S002 (a client \"didn't dare\" until Miet took her along); value ASSUMED", Doc = "Attendance factor for someone who never came, unless a tie brings them.")]
    public double FirstVisitFactor { get; set; } = 0.5;

    [Parameter(2, 12, "ASSUMED", Doc = "Guests per table; tablemates talk face to face.")]
    public int TableSize { get; set; } = 6;

    [Parameter(0, 1, "ASSUMED (co-presence forms ties, MODEL.md §3.2)", Doc = "Chance that two tablemates without a tie form one per meal.")]
    public double TableTieChance { get; set; } = 0.3;

    [Parameter(0, 100, "ASSUMED", Doc = "Guests each present professional talks with per meal.")]
    public int TalksPerProfessional { get; set; } = 20;

    [Parameter(0, 1, "S000 Ch3 §2.3 (\"some from the target group\"); share ASSUMED", Doc = "Share of the volunteers recruited from the invited group (an inclusive role).")]
    public double VolunteersFromTargetGroup { get; set; } = 0.5;

    /// <summary>Recruit a new volunteer when one drops out.</summary>
    public bool ReplaceVolunteers { get; set; } = true;

    /// <summary>Venue per meal; meal subsidy per guest (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 0, 50, 5);
}

/// <summary>
/// The restaurant: on meal days invited residents come with a chance that falls with distance, limited mobility,
/// loneliness (withdrawal, as in everyday contact) and a first-visit threshold, and rises with habit and when a tie
/// came last time (they bring you, lifting the mobility and first-visit penalties). Guests sit at tables and talk (face-to-face
/// contacts that can form ties); present professionals talk with some guests and may detect and route needs
/// (the BZR straight to its queue: net → gaps, S000 Ch3 §5.1). Volunteers, partly from the invited group,
/// hold an inclusive role and book their hours. Nothing happens during a lockdown.
/// </summary>
public sealed class Restaurant(RestaurantOptions options) : InterventionBase
{
    private readonly List<int> _willing = [];
    private readonly List<int> _guests = [];
    private readonly List<int> _table = [];
    private Team _team = null!;
    private int[] _invited = [];
    private float[] _chance = [];
    private float[] _lifted = [];
    private bool[] _came = [];
    private int[] _times = [];
    private int[] _staff = [];
    private int _venue;
    private bool _recruited;
    private int _lastMeal = -1;

    public const string Name = "restaurant";

    public override string Key => Name;

    public RestaurantOptions Options { get; } = options;

    /// <summary>Guests served so far (one per guest per meal).</summary>
    public int Meals { get; private set; }

    /// <summary>Meals a resident came to as a guest so far.</summary>
    public int TimesCame(int resident) => _times[resident];

    /// <summary>The invited residents (read-only).</summary>
    public IReadOnlyList<int> Invited => _invited;

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        _venue = Places.Settlement(w, Options.Settlement, Places.WithFacility(w, "ldc"));
        _invited = Options.Invited.Select(w);
        _chance = new float[_invited.Length];
        _lifted = new float[_invited.Length];
        for (var i = 0; i < _invited.Length; i++)
        {
            var id = _invited[i];
            var reach = Options.Attendance * Sampling.DistanceFactor(w.Space.Distance(w.Residents.Settlement[id], _venue), Options.DistanceHalfKm);
            _lifted[i] = (float)reach;
            _chance[i] = (float)(w.Residents.Has(id, Traits.LimitedMobility) ? reach * Options.LimitedMobilityFactor : reach);
        }
        _came = new bool[w.Residents.Count];
        _times = new int[w.Residents.Count];
        _staff = Staff.Present(w, Options.Staffing.Professionals, _venue);
        _team = new Team(Role.RestaurantVolunteer, 0);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsActive(day)) return;
        Linking.Link(ctx, _staff, Options.Staffing.HubLink);
        if (!_recruited)
        {
            _recruited = true;
            Recruit(ctx, Options.Staffing.Volunteers);
        }
        if (!Options.Schedule.IsOn(day) || ctx.Lockdown) return;
        if (_team.Prune(ctx) > 0 && Options.ReplaceVolunteers) Recruit(ctx, Options.Staffing.Volunteers - _team.Count);
        Serve(ctx);
    }

    private void Recruit(InterventionContext ctx, int n)
    {
        var w = ctx.Town;
        var rng = ctx.Rng(0);
        var fromTarget = (int)Math.Round(n * Options.VolunteersFromTargetGroup);
        var (lo, hi) = Places.Range(w, _venue);
        for (var k = 0; k < n; k++)
        {
            var id = k < fromTarget ? Recruitment.Probe(w, _invited, _team.Asked, static (_, _) => true, ref rng) : -1;
            if (id < 0) id = Recruitment.Probe(w, lo, hi, _team.Asked, Recruitment.WorkingAge, ref rng);
            if (id >= 0) _team.Recruit(ctx, id);
        }
    }

    private void Serve(InterventionContext ctx)
    {
        var w = ctx.Town;
        var rng = ctx.Rng(1);
        _willing.Clear();
        var withdrawal = w.Parameters.Contact.Withdrawal;
        for (var i = 0; i < _invited.Length; i++)
        {
            var id = _invited[i];
            var u = rng.NextDouble();
            var factor = (_came[id] ? Options.ReturnFactor : 1) * (1 - withdrawal * w.LonelinessOf(id));
            var lifted = _lifted[i] * factor * Options.BroughtAlongFactor;
            var p = _chance[i] * factor * (_times[id] == 0 ? Options.FirstVisitFactor : 1);
            if (u >= p && u < lifted && _lastMeal >= 0 && w.TieWentDay(id) >= _lastMeal) p = lifted;
            if (u < p && !_team.Contains(id)) _willing.Add(id);
        }
        Sampling.Shuffle(_willing, ref rng);
        foreach (var id in _guests) _came[id] = false;
        _guests.Clear();
        for (var i = 0; i < _willing.Count && i < Options.Seats; i++)
        {
            _guests.Add(_willing[i]);
            _times[_willing[i]]++;
        }
        var guests = _guests.Count;
        for (var i = 0; i < _team.Count; i++)
            if (_team.IsReady(ctx, i))
            {
                ctx.VolunteerWork(_team[i], Options.Staffing.HoursPerSession);
                _guests.Add(_team[i]);
            }
        foreach (var id in _guests)
        {
            _came[id] = true;
            ctx.Reach(id);
            ctx.Went(id);
        }
        _lastMeal = ctx.Day;
        Meals += guests;
        BookSession(ctx, _staff.Length, Options.Staffing.HoursPerSession);
        ctx.AddCost(Options.Costs.PerContact * guests);
        if (_guests.Count == 0) return;

        Sampling.Shuffle(_guests, ref rng);
        Gatherings.Tables(ctx, _guests, _table, Options.TableSize, Options.TableTieChance, TieKind.Neighbour, ref rng, sub: 2);
        Gatherings.Talks(ctx, _staff, _guests, Options.TalksPerProfessional, ref rng, sub: 3);
    }
}
