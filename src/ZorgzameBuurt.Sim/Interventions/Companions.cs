using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the neighbourhood companions (buurtgezellen, S002 tool 4; S000 #18).</summary>
public sealed class CompanionsOptions
{
    /// <summary>Matching rounds of the contact person. Companions are recruited on the start day.</summary>
    public Schedule Matching { get; set; } = new(Frequency.Monthly, offset: 1);

    /// <summary>Regular meetings of each matched pair.</summary>
    public Schedule Meetings { get; set; } = new(Frequency.Weekly, offset: 3);

    /// <summary>Who matches (S002 tool 4: the municipal contact person for the 65+; in the model the BZR by default).</summary>
    public ProfessionalKind Matcher { get; set; } = ProfessionalKind.CareDirector;

    /// <summary>Who can be matched (S002 tool 4: older people with a small network).</summary>
    public TargetGroup Matched { get; set; } = new(MinimumAge.Over65);

    [Parameter(1, 500, "ASSUMED", Doc = "Companion volunteers.")]
    public int Companions { get; set; } = 10;

    [Parameter(1, 5, "ASSUMED", Doc = "Residents each companion is matched with at most.")]
    public int MatchesPerCompanion { get; set; } = 2;

    [Parameter(0.1, 20, "ASSUMED (S002 tool 4: \"a small network\")", Doc = "Sum of tie strengths outside the household below which a network counts as small; lonely residents qualify too, the smallest networks are matched first.")]
    public double SmallNetworkStrength { get; set; } = 3.0;

    [Parameter(0.25, 8, "ASSUMED", Doc = "Hours per meeting of a pair.")]
    public double HoursPerMeeting { get; set; } = 1.5;

    [Parameter(0, 8, "ASSUMED", Doc = "Professional hours per match (intake visit and the match).")]
    public double IntakeHours { get; set; } = 1;

    /// <summary>Pairs keep in touch by phone during a lockdown (otherwise meetings pause).</summary>
    public bool PhoneDuringLockdown { get; set; }

    /// <summary>Coordination per year (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 300, 0, 0);
}

/// <summary>
/// Neighbourhood companions: a professional (the contact person) matches older residents with a small network (or
/// lonely), the smallest networks first, to a companion volunteer, preferably from the same settlement, after an intake visit; the resident
/// learns the contact person, who withdraws but stays reachable (S002 tool 4). Each pair then meets regularly: a new
/// dyadic volunteer tie that complements professional care. A pair ends when the companion drops out; the resident
/// can be matched again.
/// </summary>
public sealed class Companions(CompanionsOptions options) : InterventionBase
{
    private readonly List<(int Companion, int Resident)> _pairs = [];
    private readonly List<int> _candidates = [];
    private readonly Dictionary<int, double> _strength = [];
    private Team _team = null!;
    private int[] _targets = [];
    private bool[] _matched = [];
    private int[] _load = [];
    private int _matcher = -1;
    private bool _started;

    public const string Name = "companions";

    public override string Key => Name;

    public CompanionsOptions Options { get; } = options;

    /// <summary>Pairs meeting now.</summary>
    public int ActivePairs => _pairs.Count;

    /// <summary>Matches made so far.</summary>
    public int Matches { get; private set; }

    /// <summary>Everyone matched so far (read-only).</summary>
    public IReadOnlyList<int> MatchedResidents => _everMatched;

    private readonly List<int> _everMatched = [];

    protected override Schedule Calendar => Options.Matching;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        _targets = Options.Matched.Select(w);
        _matched = new bool[w.Residents.Count];
        _matcher = Staff.Find(w, Options.Matcher, 0);
        _team = new Team(Role.Companion, 0);
        _load = new int[Options.Companions];
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Matching.IsActive(day)) return;
        if (!_started)
        {
            _started = true;
            var rng = ctx.Rng(0);
            for (var k = 0; k < Options.Companions; k++)
            {
                var id = Recruitment.Probe(ctx.Town, 0, ctx.Town.Residents.Count, _team.Asked, Recruitment.WorkingAge, ref rng);
                if (id >= 0) _team.Recruit(ctx, id, k);
            }
            return;
        }
        if (Options.Meetings.IsOn(day)) Meet(ctx);
        if (Options.Matching.IsOn(day) && !ctx.Lockdown) Match(ctx);
    }

    private void Meet(InterventionContext ctx)
    {
        _team.Prune(ctx);
        for (var p = _pairs.Count - 1; p >= 0; p--)
        {
            var (c, r) = _pairs[p];
            if (ctx.RoleOf(c) == Role.Companion) continue;
            _matched[r] = false;
            _pairs.RemoveAt(p);
        }
        if (ctx.Lockdown && !Options.PhoneDuringLockdown) return;
        var channel = ctx.Lockdown ? Channel.Phone : Channel.FaceToFace;
        var n = 0;
        foreach (var (c, r) in _pairs)
        {
            ctx.Meet(c, r, channel, TieKind.Volunteer, ctx.KeyFor(2, n++));
            ctx.VolunteerWork(c, Options.HoursPerMeeting);
            ctx.Reach(r);
        }
        if (_pairs.Count > 0) BookSession(ctx, 0, 0);
    }

    private void Match(InterventionContext ctx)
    {
        var w = ctx.Town;
        _candidates.Clear();
        _strength.Clear();
        var lonely = w.Parameters.Loneliness.Threshold;
        foreach (var id in _targets)
        {
            if (_matched[id] || _team.Asked.Contains(id)) continue;
            var strength = w.NetworkStrength(id);
            if (strength >= Options.SmallNetworkStrength && w.LonelinessOf(id) < lonely) continue;
            _candidates.Add(id);
            _strength[id] = strength;
        }
        // The smallest networks first (S002 tool 4: older people with a small network).
        _candidates.Sort((a, b) => _strength[a].CompareTo(_strength[b]) is var c && c != 0 ? c : a.CompareTo(b));
        Array.Clear(_load);
        foreach (var (c, _) in _pairs)
            for (var i = 0; i < _team.Count; i++)
                if (_team[i] == c) _load[_team.Tag(i)]++;
        var n = 0;
        foreach (var resident in _candidates)
        {
            var companion = PickCompanion(ctx, w.Residents.Settlement[resident]);
            if (companion < 0) break;
            var c = _team[companion];
            _load[_team.Tag(companion)]++;
            _pairs.Add((c, resident));
            _matched[resident] = true;
            _everMatched.Add(resident);
            Matches++;
            if (_matcher >= 0)
            {
                ctx.ProfessionalMeets(_matcher, resident, Channel.HomeVisit, ctx.KeyFor(3, n++));
                ctx.AddProfessionalHours(Options.IntakeHours);
            }
            ctx.LearnContact(resident);
            ctx.Meet(c, resident, Channel.FaceToFace, TieKind.Volunteer, ctx.KeyFor(4, n++));
            ctx.Reach(resident);
        }
    }

    /// <summary>A ready companion with a free slot, preferably from the resident's settlement; −1 if none.</summary>
    private int PickCompanion(InterventionContext ctx, int settlement)
    {
        var best = -1;
        for (var i = 0; i < _team.Count; i++)
        {
            if (!_team.IsReady(ctx, i) || _load[_team.Tag(i)] >= Options.MatchesPerCompanion) continue;
            if (ctx.Town.Residents.Settlement[_team[i]] == settlement) return i;
            if (best < 0) best = i;
        }
        return best;
    }
}
