using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the caring neighbours (zorgzame buren, S000 #4, S002 tool 6).</summary>
public sealed class CaringNeighboursOptions
{
    /// <summary>Weekly rounds of attention in the own street. Neighbours are recruited and trained on the start day.</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Weekly, offset: 1);

    /// <summary>Intervision with the BZR, 3–4 times a year (S000 Ch5 §5); <c>every: never</c> switches it off.</summary>
    public Schedule Intervision { get; set; } = new(Frequency.Quarterly, offset: 45);

    /// <summary>Where to recruit; empty: every settlement.</summary>
    public string Settlement { get; set; } = "";

    [Parameter(0.05, 3, "S002 tool 6 (\"ideally spread evenly over the neighbourhood\"); density ASSUMED", Doc = "Caring neighbours per street, spread evenly over the streets.")]
    public double PerStreet { get; set; } = 0.5;

    [Parameter(0, 0.9, "S000 Ch5 §5 (training plus an information moment); value ASSUMED", Doc = "Detection skill caring neighbours are trained to (0: untrained).")]
    public double TrainedSkill { get; set; } = 0.5;

    [Parameter(0, 30, "ASSUMED (\"eyes, ears and voice\", S002 tool 6)", Doc = "Attentive face-to-face contacts per week with residents of the own street.")]
    public int ContactsPerWeek { get; set; } = 3;

    [Parameter(1, 10, "ASSUMED (S000 M9: neighbour contact matters most for those living alone)", Doc = "How much more often a neighbour aged 65+ or living alone is the one looked in on.")]
    public double ElderlyWeight { get; set; } = 3;

    [Parameter(0.5, 20, "ASSUMED (overload is the named risk, S000 Ch5 §5)", Doc = "Hours per week the role takes; above the volunteer capacity strain builds up.")]
    public double HoursPerWeek { get; set; } = 5;

    [Parameter(0, 8, "S000 Ch5 §5; ASSUMED", Doc = "Hours of one intervision session (each neighbour and the BZR).")]
    public double IntervisionHours { get; set; } = 2;

    /// <summary>Recruit a new caring neighbour in the same street when one drops out.</summary>
    public bool ReplaceDropouts { get; set; }

    /// <summary>Keep in touch by phone during a lockdown (otherwise the rounds pause).</summary>
    public bool PhoneDuringLockdown { get; set; }

    /// <summary>Recruitment and training; insurance and thanks per year (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(300, 500, 0, 0);
}

/// <summary>
/// Caring neighbours: residents recruited evenly over the streets take the caring-neighbour role (a route to the
/// BZR: their signals are taken up, S000 Ch5 §6) and are trained. Each week they look in on neighbours of their own
/// street, preferably older or living alone (face-to-face contacts that detect and build ties), and the role
/// costs them hours. Intervision with the BZR relieves their strain; without it overload leads to drop-out and
/// the network thins out (S000 Ch5 §5).
/// </summary>
public sealed class CaringNeighbours(CaringNeighboursOptions options) : InterventionBase
{
    private readonly List<int> _vacant = [];
    private Team _team = null!;
    private int[] _streets = [];
    private int _hub = -1;
    private bool _started;

    public const string Name = "caring_neighbours";

    public override string Key => Name;

    public CaringNeighboursOptions Options { get; } = options;

    /// <summary>Caring neighbours holding the role now.</summary>
    public int Active => _team?.Count ?? 0;

    /// <summary>Caring neighbours recruited so far.</summary>
    public int Recruited => _team?.Asked.Count ?? 0;

    /// <summary>Caring neighbours who dropped out so far.</summary>
    public int DroppedOut => _team?.DroppedOut ?? 0;

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        var settlement = Places.Settlement(w, Options.Settlement, -1);
        var lo = settlement < 0 ? 0 : w.SettlementStreets[settlement];
        var hi = settlement < 0 ? Places.Streets(w) : w.SettlementStreets[settlement + 1];
        var count = Math.Max(1, (int)Math.Round((hi - lo) * Options.PerStreet));
        _streets = new int[count];
        for (var i = 0; i < count; i++) _streets[i] = lo + (int)((i + 0.5) * (hi - lo) / count);
        _hub = w.HasHub ? w.Professionals.FirstId + w.Hubs[0] : -1;
        _team = new Team(Role.CaringNeighbour, Options.TrainedSkill);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsActive(day)) return;
        if (!_started)
        {
            _started = true;
            var rng = ctx.Rng(0);
            foreach (var street in _streets) RecruitIn(ctx, street, ref rng);
            return;
        }
        if (Options.Schedule.IsOn(day)) Round(ctx);
        if (Options.Intervision.IsOn(day) && !ctx.Lockdown) Intervise(ctx);
    }

    private void RecruitIn(InterventionContext ctx, int street, ref CounterRng rng)
    {
        var (lo, hi) = Places.Street(ctx.Town, street);
        var id = Recruitment.Probe(ctx.Town, lo, hi, _team.Asked, Recruitment.WorkingAge, ref rng);
        if (id >= 0) _team.Recruit(ctx, id, street);
    }

    private void Round(InterventionContext ctx)
    {
        var w = ctx.Town;
        _vacant.Clear();
        _team.Prune(ctx, _vacant);
        if (Options.ReplaceDropouts && _vacant.Count > 0)
        {
            var r = ctx.Rng(0);
            foreach (var street in _vacant) RecruitIn(ctx, street, ref r);
        }
        if (ctx.Lockdown && !Options.PhoneDuringLockdown) return;
        var channel = ctx.Lockdown ? Channel.Phone : Channel.FaceToFace;
        var rng = ctx.Rng(1);
        var n = 0;
        var any = false;
        for (var i = 0; i < _team.Count; i++)
        {
            if (!_team.IsReady(ctx, i)) continue;
            any = true;
            var cn = _team[i];
            ctx.VolunteerWork(cn, Options.HoursPerWeek);
            var (lo, hi) = Places.Street(w, _team.Tag(i));
            for (var c = 0; c < Options.ContactsPerWeek; c++)
            {
                var other = PickNeighbour(w, lo, hi, cn, ref rng);
                if (other < 0) break;
                ctx.Meet(cn, other, channel, TieKind.Neighbour, ctx.KeyFor(2, n++));
                ctx.Reach(other);
            }
        }
        if (any) BookSession(ctx, 0, 0);
    }

    private int PickNeighbour(Town w, int lo, int hi, int self, ref CounterRng rng)
    {
        if (hi - lo < 2) return -1;
        for (var t = 0; t < 32; t++)
        {
            var id = lo + rng.NextInt(hi - lo);
            if (id == self) continue;
            var r = w.Residents;
            var weight = r.Age[id] >= AgeBand.Age65To74 || r.Has(id, Traits.LivingAlone) ? 1 : 1 / Options.ElderlyWeight;
            if (rng.NextDouble() < weight) return id;
        }
        return -1;
    }

    private void Intervise(InterventionContext ctx)
    {
        var n = 0;
        var any = false;
        for (var i = 0; i < _team.Count; i++)
        {
            if (!_team.IsReady(ctx, i)) continue;
            any = true;
            var cn = _team[i];
            ctx.Intervision(cn);
            ctx.AddVolunteerHours(Options.IntervisionHours);
            if (_hub >= 0) ctx.ProfessionalMeets(_hub, cn, Channel.FaceToFace, ctx.KeyFor(3, n++));
        }
        if (any && _hub >= 0) ctx.AddProfessionalHours(Options.IntervisionHours);
    }
}
