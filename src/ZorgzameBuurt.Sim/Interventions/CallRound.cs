using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>One round through the list, or calling people again after a while (S002 tool 2).</summary>
public enum CallMode : byte { OneOff, Continuous }

/// <summary>Settings of the call round (belronde / belactie, S000 #2, S002 tool 2).</summary>
public sealed class CallRoundOptions
{
    /// <summary>Call sessions. Callers are recruited on the start day, calling starts a day later.</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Weekly, offset: 1);

    /// <summary>Whom to call (MODEL.md §4: living alone, 75+; S000 #2 "voor alleenstaanden").</summary>
    public TargetGroup Called { get; set; } = new(MinimumAge.Over75, livingAloneOnly: true);

    /// <summary>Volunteer callers; listed professionals call too (S000 Ch3 §2.3: "a professional or volunteer calls";
    /// in one pilot the BZR holds the call rounds).</summary>
    public Staffing Staffing { get; set; } = new(4, 2);

    [Parameter(1, 50, "ASSUMED", Doc = "Calls per caller per session.")]
    public int CallsPerCallerPerSession { get; set; } = 8;

    /// <summary>one_off: everyone on the list once; continuous: called again after <see cref="RecallAfterDays"/> (S002 tool 2: one-off or long-term).</summary>
    public CallMode Mode { get; set; } = CallMode.Continuous;

    [Parameter(14, 365, "ASSUMED (S002 tool 2: keep long-term contact where needed)", Doc = "Days before someone is called again (continuous mode).")]
    public int RecallAfterDays { get; set; } = 60;

    [Parameter(0, 0.9, "S002 tool 2 (step plan, empathic-listening and conversation guide); value ASSUMED", Doc = "Detection skill callers are trained to (0: untrained).")]
    public double TrainedSkill { get; set; } = 0.5;

    [Parameter(0, 0.5, "S000 M13 (interest in activities or volunteering is recorded); share ASSUMED", Doc = "Share of calls in which a resident without a role records interest in volunteering.")]
    public double InterestShare { get; set; } = 0.05;

    [Parameter(0, 365, "S000 M13 (re-contacted when neighbourhood meetings start); delay ASSUMED", Doc = "Days until someone who recorded interest is called back with an offer.")]
    public int RecruitAfterDays { get; set; } = 90;

    [Parameter(0, 1, "ASSUMED", Doc = "Chance that someone called back takes up the role.")]
    public double RecruitAcceptance { get; set; } = 0.5;

    /// <summary>The inclusive role offered to those who recorded interest; caller: they join the call team.</summary>
    public Role RecruitRole { get; set; } = Role.Caller;

    /// <summary>Run only on lockdown days (S000 Ch3 §1.1: the call rounds started with COVID).</summary>
    public bool LockdownOnly { get; set; }

    /// <summary>Guides and training at the start; phone cost per call (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(200, 0, 0, 0.5);
}

/// <summary>
/// The call round: callers (volunteers in the caller role, trained with the conversation guide, who have a route
/// to the BZR; or listed professionals) phone the people on the list each session, a phone contact that forms a
/// volunteer tie and may detect a hidden need ("hele kleine dingen", S000 Ch5 §2) even of people nobody else sees.
/// A share records interest and is called back later with a role (S000 M13). Calls continue in a lockdown.
/// </summary>
public sealed class CallRound(CallRoundOptions options) : InterventionBase
{
    private readonly Queue<(int Resident, int Caller, int Day)> _interested = new();
    private readonly HashSet<int> _interestRecorded = [];
    private Team _callers = null!;
    private Team _recruits = null!;
    private int[] _targets = [];
    private int[] _lastCalled = [];
    private int[] _staff = [];
    private int _next;
    private bool _started;

    public const string Name = "call_round";

    public override string Key => Name;

    public CallRoundOptions Options { get; } = options;

    /// <summary>Calls made so far.</summary>
    public int Calls { get; private set; }

    /// <summary>Residents who took up a role after recording interest on a call.</summary>
    public int Recruited { get; private set; }

    /// <summary>Everyone who has been a caller in this round (volunteers, including recruits).</summary>
    public IReadOnlyCollection<int> Callers => _callers.Asked;

    /// <summary>The call list (read-only).</summary>
    public IReadOnlyList<int> Targets => _targets;

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        _targets = Options.Called.Select(w);
        _lastCalled = new int[_targets.Length];
        Array.Fill(_lastCalled, -1);
        _staff = Staff.Present(w, Options.Staffing.Professionals, 0);
        _callers = new Team(Role.Caller, Options.TrainedSkill);
        _recruits = Options.RecruitRole == Role.Caller ? _callers : new Team(Options.RecruitRole, 0);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsActive(day) || (Options.LockdownOnly && !ctx.Lockdown)) return;
        Linking.Link(ctx, _staff, Options.Staffing.HubLink);
        if (!_started)
        {
            _started = true;
            var rng = ctx.Rng(0);
            for (var k = 0; k < Options.Staffing.Volunteers; k++)
            {
                var id = Recruitment.Probe(ctx.Town, 0, ctx.Town.Residents.Count, _callers.Asked, Recruitment.WorkingAge, ref rng);
                if (id >= 0) _callers.Recruit(ctx, id);
            }
            return;
        }
        if (!Options.Schedule.IsOn(day)) return;
        _callers.Prune(ctx);
        CallBack(ctx);
        var session = ctx.Rng(1);
        var n = 0;
        for (var i = 0; i < _callers.Count; i++)
        {
            if (!_callers.IsReady(ctx, i)) continue;
            var caller = _callers[i];
            ctx.VolunteerWork(caller, Options.Staffing.HoursPerSession);
            for (var c = 0; c < Options.CallsPerCallerPerSession; c++)
            {
                var target = NextTarget(day, caller);
                if (target < 0) break;
                ctx.Meet(caller, target, Channel.Phone, TieKind.Volunteer, ctx.KeyFor(2, n++));
                Called(ctx, target, caller, ref session);
            }
        }
        foreach (var pro in _staff)
            for (var c = 0; c < Options.CallsPerCallerPerSession; c++)
            {
                var target = NextTarget(day, pro);
                if (target < 0) break;
                ctx.ProfessionalMeets(pro, target, Channel.Phone, ctx.KeyFor(2, n++));
                Called(ctx, target, -1, ref session);
            }
        BookSession(ctx, _staff.Length, Options.Staffing.HoursPerSession);
    }

    private void Called(InterventionContext ctx, int target, int caller, ref Engine.CounterRng rng)
    {
        Calls++;
        ctx.Reach(target);
        ctx.AddCost(Options.Costs.PerContact);
        if (caller >= 0 && ctx.RoleOf(target) == Role.None && !_interestRecorded.Contains(target) && !_recruits.Asked.Contains(target)
            && rng.Chance(Options.InterestShare))
        {
            _interestRecorded.Add(target);
            _interested.Enqueue((target, caller, ctx.Day));
        }
    }

    /// <summary>The next person on the list who is due; −1 when nobody is (one-off: the list is done).</summary>
    private int NextTarget(int day, int caller)
    {
        for (var probes = 0; probes < _targets.Length; probes++)
        {
            if (_next >= _targets.Length)
            {
                if (Options.Mode == CallMode.OneOff) return -1;
                _next = 0;
            }
            var i = _next++;
            var last = _lastCalled[i];
            if (_targets[i] == caller) continue;
            if (last >= 0 && (Options.Mode == CallMode.OneOff || day - last < Options.RecallAfterDays)) continue;
            _lastCalled[i] = day;
            return _targets[i];
        }
        return -1;
    }

    /// <summary>Calls back those who recorded interest long enough ago, with an offer of the role (S000 M13).</summary>
    private void CallBack(InterventionContext ctx)
    {
        var rng = ctx.Rng(3);
        var n = 0;
        while (_interested.Count > 0 && _interested.Peek().Day + Options.RecruitAfterDays <= ctx.Day)
        {
            var (resident, caller, _) = _interested.Dequeue();
            if (ctx.RoleOf(resident) != Role.None || !rng.Chance(Options.RecruitAcceptance)) continue;
            if (ctx.RoleOf(caller) == Role.Caller) ctx.Meet(caller, resident, Channel.Phone, TieKind.Volunteer, ctx.KeyFor(4, n++));
            _recruits.Recruit(ctx, resident);
            Recruited++;
        }
    }
}
