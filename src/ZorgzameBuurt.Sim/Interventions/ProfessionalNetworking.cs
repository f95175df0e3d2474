using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of professional networking (zorgwijkoverleg, network moments, regie team; S001, S003 Bijlage 7, S000 Ch3 §2.2).</summary>
public sealed class ProfessionalNetworkingOptions
{
    /// <summary>Case meetings (zorgwijkoverleg) 3–4 times a year (S001, Jette/Molenbeek); <c>every: never</c> switches them off.</summary>
    public Schedule CaseMeetings { get; set; } = new(Frequency.Quarterly, offset: 1);

    [Parameter(2, 200, "S001 (about 30 attend)", Doc = "Professionals invited to a case meeting (all of them if fewer).")]
    public int CaseMeetingSize { get; set; } = 30;

    /// <summary>Network or lunch moments (S003 Bijlage 7: professionals learn each other's offer); yearly ASSUMED.</summary>
    public Schedule NetworkMoments { get; set; } = new(Frequency.Yearly, offset: 60);

    [Parameter(1, 30, "ASSUMED (S003 Bijlage 7: depends on \"klik\", cannot be forced)", Doc = "Colleagues each participant talks with at a network moment.")]
    public int NetworkContacts { get; set; } = 5;

    /// <summary>The regie team's meetings ("regular built-in meetings", S000 Ch3 §2.2); monthly ASSUMED.</summary>
    public Schedule RegieTeam { get; set; } = new(Frequency.Monthly, offset: 1);

    /// <summary>Kinds of professional on the regie team (S000 Ch4 §2: BZRs, LDC centre leaders, welfare services).</summary>
    public List<ProfessionalKind> RegieTeamMembers { get; set; } =
        [ProfessionalKind.CareDirector, ProfessionalKind.LdcWorker, ProfessionalKind.SocialWorker];

    [Parameter(0, 1, "ASSUMED", Doc = "Chance that an invited professional attends a case meeting or network moment.")]
    public double Attendance { get; set; } = 0.8;

    [Parameter(0.5, 8, "ASSUMED", Doc = "Hours per meeting per participant.")]
    public double HoursPerMeeting { get; set; } = 2;

    [Parameter(0, 1, "ASSUMED (S000 Ch3 §5.2: \"herhaling werkt\")", Doc = "Referral attention a case meeting restores in the first-line participants (0: none, keeps the mechanisms apart).")]
    public double ReminderAttention { get; set; }

    /// <summary>Meet online during a lockdown (a phone-strength contact) instead of pausing.</summary>
    public bool OnlineDuringLockdown { get; set; }

    /// <summary>Room and catering per meeting (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 0, 100, 0);
}

/// <summary>
/// Professional networking: case meetings bring up to ~30 professionals together 3–4 times a year, where everyone
/// meets everyone; at network moments each participant talks with a few colleagues; the regie team meets monthly.
/// Each meeting is joint work that strengthens (or forms) the partnership tie of every pair that met, which the hub
/// uses for smoother referral ("professionals know each other", S002 tool 1). Paused in a lockdown unless online.
/// </summary>
public sealed class ProfessionalNetworking(ProfessionalNetworkingOptions options) : InterventionBase
{
    private readonly List<int> _present = [];
    private int[] _all = [];
    private int[] _regie = [];

    public const string Name = "professional_networking";

    public override string Key => Name;

    public ProfessionalNetworkingOptions Options { get; } = options;

    /// <summary>Professional–professional meetings (pairs) so far.</summary>
    public int PairContacts { get; private set; }

    protected override Schedule Calendar => Options.CaseMeetings;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        _all = Enumerable.Range(0, w.Professionals.Count).Select(j => w.Professionals.FirstId + j).ToArray();
        _regie = Staff.All(w, Options.RegieTeamMembers);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (ctx.Lockdown && !Options.OnlineDuringLockdown) return;
        var channel = ctx.Lockdown ? Channel.Phone : Channel.FaceToFace;
        if (Options.CaseMeetings.IsOn(day))
        {
            Invite(ctx, Options.CaseMeetingSize, sub: 1);
            Everyone(ctx, channel);
            if (Options.ReminderAttention > 0)
                foreach (var agent in _present)
                    if (Professionals.IsFirstLine(Staff.KindOf(ctx.Town, agent)) && ctx.RouteChance(agent) < Options.ReminderAttention)
                        ctx.RefreshAttention(agent, Options.ReminderAttention);
        }
        if (Options.NetworkMoments.IsOn(day))
        {
            Invite(ctx, _all.Length, sub: 2);
            var rng = ctx.Rng(3);
            foreach (var a in _present)
                for (var c = 0; c < Options.NetworkContacts && _present.Count > 1; c++)
                {
                    var b = _present[rng.NextInt(_present.Count)];
                    if (b == a) continue;
                    ctx.ProfessionalsMeet(a, b, channel);
                    PairContacts++;
                }
            Book(ctx);
        }
        if (Options.RegieTeam.IsOn(day) && _regie.Length > 1)
        {
            _present.Clear();
            _present.AddRange(_regie);
            Everyone(ctx, channel);
        }
    }

    private void Invite(InterventionContext ctx, int size, int sub)
    {
        var rng = ctx.Rng(sub);
        _present.Clear();
        _present.AddRange(_all);
        Sampling.Shuffle(_present, ref rng);
        if (_present.Count > size) _present.RemoveRange(size, _present.Count - size);
        for (var i = _present.Count - 1; i >= 0; i--)
            if (!rng.Chance(Options.Attendance)) _present.RemoveAt(i);
    }

    private void Everyone(InterventionContext ctx, Channel channel)
    {
        for (var a = 0; a < _present.Count; a++)
            for (var b = a + 1; b < _present.Count; b++)
            {
                ctx.ProfessionalsMeet(_present[a], _present[b], channel);
                PairContacts++;
            }
        Book(ctx);
    }

    private void Book(InterventionContext ctx)
    {
        if (_present.Count == 0) return;
        BookSession(ctx, _present.Count, Options.HoursPerMeeting);
    }
}
