using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the visiting team for older people (bezoekersteam, S002 tool 3; S000 #5–#7).</summary>
public sealed class VisitingTeamOptions
{
    /// <summary>Visiting days. Visitors are recruited and trained on the start day, visits start a day later.</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Weekly, offset: 1);

    /// <summary>Whom to visit (S002 tool 3: older people; the municipal contact person for the 65+ follows up).</summary>
    public TargetGroup Visited { get; set; } = new(MinimumAge.Over65);

    /// <summary>The team of volunteers (S000 Ch3 §2.3: "couldn't have done them without volunteers").</summary>
    public Staffing Staffing { get; set; } = new(8, 0);

    [Parameter(1, 20, "ASSUMED", Doc = "Home visits per visitor per visiting day.")]
    public int VisitsPerVisitorPerSession { get; set; } = 2;

    [Parameter(1, 6, "S002 tool 3 (they inform about the offer and ask about needs, leisure, social contacts and clubs); count ASSUMED", Doc = "Topics a home visit goes through; each is one contact in the conversation.")]
    public int TopicsPerVisit { get; set; } = 3;

    [Parameter(0.25, 4, "ASSUMED", Doc = "Hours per home visit (with travel and the findings sheet).")]
    public double HoursPerVisit { get; set; } = 1.5;

    [Parameter(0, 0.9, "S002 tool 3 (\"prepare the volunteers thoroughly with training sessions\"); value ASSUMED", Doc = "Detection skill visitors are trained to (0: untrained).")]
    public double TrainedSkill { get; set; } = 0.5;

    [Parameter(0, 1, "S002 tool 3 (they inform about the offer and the contact person); share ASSUMED", Doc = "Chance a visited resident learns the fixed contact person.")]
    public double InformsContact { get; set; } = 0.8;

    [Parameter(0, 3650, "S002 tool 3 (one-off visits); ASSUMED", Doc = "Days after which the team visits someone again (0: one-off, the team stops when the list is done).")]
    public int RepeatAfterDays { get; set; }

    /// <summary>Training at the start; materials per visit (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(500, 0, 0, 2);
}

/// <summary>
/// The visiting team: trained volunteers in the visitor role (which gives them a route to the BZR) make one-off
/// home visits to the older residents, street by street and settlement by settlement ("gefaseerd per buurt").
/// A visit goes through a few topics (each a home-visit contact, the channel that detects most); a detected need goes to the BZR (warm referral), and the
/// resident learns the contact person. Visits stop during a lockdown (S000 Ch3 §6.1).
/// </summary>
public sealed class VisitingTeam(VisitingTeamOptions options) : InterventionBase
{
    private Team _team = null!;
    private int[] _targets = [];
    private int[] _visited = [];
    private int _next;
    private bool _started;

    public const string Name = "visiting_team";

    public override string Key => Name;

    public VisitingTeamOptions Options { get; } = options;

    /// <summary>Home visits made so far.</summary>
    public int Visits { get; private set; }

    /// <summary>The visiting list in visiting order (read-only).</summary>
    public IReadOnlyList<int> Targets => _targets;

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        _targets = Options.Visited.Select(ctx.Town);
        _visited = new int[_targets.Length];
        Array.Fill(_visited, -1);
        _team = new Team(Role.Visitor, Options.TrainedSkill);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsActive(day)) return;
        if (!_started)
        {
            _started = true;
            var rng = ctx.Rng(0);
            for (var k = 0; k < Options.Staffing.Volunteers; k++)
            {
                var id = Recruitment.Probe(ctx.Town, 0, ctx.Town.Residents.Count, _team.Asked, Recruitment.WorkingAge, ref rng);
                if (id >= 0) _team.Recruit(ctx, id);
            }
            return;
        }
        if (!Options.Schedule.IsOn(day) || ctx.Lockdown) return;
        _team.Prune(ctx);
        var rngInform = ctx.Rng(1);
        var n = 0;
        var any = false;
        for (var i = 0; i < _team.Count; i++)
        {
            if (!_team.IsReady(ctx, i)) continue;
            var visitor = _team[i];
            for (var v = 0; v < Options.VisitsPerVisitorPerSession; v++)
            {
                var target = NextTarget(day, visitor);
                if (target < 0) break;
                any = true;
                Visits++;
                for (var topic = 0; topic < Options.TopicsPerVisit; topic++)
                    ctx.Meet(visitor, target, Channel.HomeVisit, TieKind.Volunteer, ctx.KeyFor(2, n++));
                ctx.VolunteerWork(visitor, Options.HoursPerVisit);
                ctx.Reach(target);
                ctx.AddCost(Options.Costs.PerContact);
                if (rngInform.Chance(Options.InformsContact)) ctx.LearnContact(target);
            }
        }
        if (any) BookSession(ctx, 0, 0);
    }

    private int NextTarget(int day, int visitor)
    {
        for (var probes = 0; probes < _targets.Length; probes++)
        {
            if (_next >= _targets.Length)
            {
                if (Options.RepeatAfterDays <= 0) return -1;
                _next = 0;
            }
            var i = _next++;
            if (_targets[i] == visitor) continue;
            var last = _visited[i];
            if (last >= 0 && (Options.RepeatAfterDays <= 0 || day - last < Options.RepeatAfterDays)) continue;
            _visited[i] = day;
            return _targets[i];
        }
        return -1;
    }
}
