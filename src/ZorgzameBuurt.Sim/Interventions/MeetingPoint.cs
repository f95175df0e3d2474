using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Where a meeting point is housed; a care home or welfare office deters visitors (S003 H4 §3.6).</summary>
public enum Venue : byte { Neutral, Ldc, CareHome, WelfareOffice }

/// <summary>Settings of the meeting point with consultation hours (buurtpunt, zitdagen; S003 Bijlage 7 §2.1, H4 §3.6; S004 Seefhoek).</summary>
public sealed class MeetingPointOptions
{
    /// <summary>Consultation hours ("zitdagen").</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Weekly, offset: 1);

    /// <summary>Where; empty: the first settlement with a meeting_point facility, else with an LDC.</summary>
    public string Settlement { get; set; } = "";

    /// <summary>neutral, ldc, care_home or welfare_office (S003: must be "neutral"; WZC/OCMW sites deter).</summary>
    public Venue Venue { get; set; } = Venue.Neutral;

    [Parameter(0, 1, "S003 H4 §3.6 (stigma of care-home and welfare-office sites); value ASSUMED", Doc = "Visit factor at a care home or welfare office.")]
    public double StigmaFactor { get; set; } = 0.5;

    /// <summary>Who may drop in: every adult.</summary>
    public TargetGroup Visitors { get; set; } = new(MinimumAge.Adult);

    /// <summary>Partners hold the hours (S003 Bijlage 7 §2.1); an OCMW social worker by default.</summary>
    public Staffing Staffing { get; set; } = new(0, 3, ProfessionalKind.SocialWorker);

    [Parameter(0.0001, 0.05, "ASSUMED", Doc = "Chance per session that an adult living at the venue drops in.")]
    public double VisitChance { get; set; } = 0.003;

    [Parameter(1, 10, "ASSUMED (people come with a question)", Doc = "Visit factor for someone with an open, undetected need.")]
    public double OpenNeedFactor { get; set; } = 3;

    [Parameter(0.5, 20, "ASSUMED", Doc = "Km over which visits halve.")]
    public double DistanceHalfKm { get; set; } = 1.5;

    [Parameter(0.05, 1, "ASSUMED", Doc = "Visit factor with limited mobility.")]
    public double LimitedMobilityFactor { get; set; } = 0.5;

    [Parameter(1, 6, "ASSUMED (a consultation is a conversation about one's situation)", Doc = "Contacts in one consultation (each a face-to-face contact with the professional).")]
    public int ConversationContacts { get; set; } = 3;

    [Parameter(0.5, 10, "ASSUMED", Doc = "Visitors a professional sees per hour (capacity).")]
    public double VisitorsPerProfessionalHour { get; set; } = 3;

    [Parameter(0, 1, "S003 Bijlage 7 §2.1 (residents \"find their way faster and better to care\"); value ASSUMED", Doc = "Chance that a visitor learns the fixed contact person.")]
    public double LearnContact { get; set; } = 0.8;

    [Parameter(0, 1, "S003 H4 §3.6 (the place connects residents too); value ASSUMED", Doc = "Chance that two visitors who meet over coffee form a tie.")]
    public double CoffeeTieChance { get; set; } = 0.2;

    /// <summary>Room and coffee per year (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 2000, 0, 0);
}

/// <summary>
/// A meeting point with consultation hours: on session days residents drop in with a chance that falls with
/// distance, limited mobility and the stigma of a care-home or welfare-office venue, and rises when they carry an
/// open question. Each visitor talks with a professional on duty (who may detect the need and pass it to the BZR)
/// and learns the contact person, so they ask sooner and can pass signals on; visitors also meet each other over
/// coffee. Closed during a lockdown.
/// </summary>
public sealed class MeetingPoint(MeetingPointOptions options) : InterventionBase
{
    private readonly List<int> _willing = [];
    private int[] _targets = [];
    private float[] _chance = [];
    private int[] _staff = [];
    private int _venue;

    public const string Name = "meeting_point";

    public override string Key => Name;

    public MeetingPointOptions Options { get; } = options;

    /// <summary>Visits so far.</summary>
    public int Visits { get; private set; }

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        var fallback = Enumerable.Range(0, w.Space.Count).FirstOrDefault(k => w.Space.HasFacility(k, "meeting_point"), Places.WithFacility(w, "ldc"));
        _venue = Places.Settlement(w, Options.Settlement, fallback);
        _targets = Options.Visitors.Select(w);
        _chance = new float[_targets.Length];
        var stigma = Options.Venue is Venue.CareHome or Venue.WelfareOffice ? Options.StigmaFactor : 1;
        for (var i = 0; i < _targets.Length; i++)
        {
            var id = _targets[i];
            var p = Options.VisitChance * stigma * Sampling.DistanceFactor(w.Space.Distance(w.Residents.Settlement[id], _venue), Options.DistanceHalfKm);
            if (w.Residents.Has(id, Traits.LimitedMobility)) p *= Options.LimitedMobilityFactor;
            _chance[i] = (float)p;
        }
        _staff = Staff.Present(w, Options.Staffing.Professionals, _venue);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsActive(day)) return;
        Linking.Link(ctx, _staff, Options.Staffing.HubLink);
        if (!Options.Schedule.IsOn(day) || ctx.Lockdown || _staff.Length == 0) return;
        var w = ctx.Town;
        var rng = ctx.Rng(1);
        _willing.Clear();
        for (var i = 0; i < _targets.Length; i++)
        {
            var id = _targets[i];
            var p = w.NeedStateOf(id) == NeedState.Hidden ? _chance[i] * Options.OpenNeedFactor : _chance[i];
            if (rng.NextDouble() < p) _willing.Add(id);
        }
        Sampling.Shuffle(_willing, ref rng);
        var capacity = (int)(_staff.Length * Options.Staffing.HoursPerSession * Options.VisitorsPerProfessionalHour);
        if (_willing.Count > capacity) _willing.RemoveRange(capacity, _willing.Count - capacity);
        var n = 0;
        for (var i = 0; i < _willing.Count; i++)
        {
            var id = _willing[i];
            for (var c = 0; c < Options.ConversationContacts; c++)
                ctx.ProfessionalMeets(_staff[i % _staff.Length], id, Channel.FaceToFace, ctx.KeyFor(2, n++));
            if (rng.Chance(Options.LearnContact)) ctx.LearnContact(id);
            ctx.Reach(id);
            if (i % 2 == 1)
            {
                TieKind? form = rng.Chance(Options.CoffeeTieChance) ? TieKind.Neighbour : null;
                ctx.Meet(_willing[i - 1], id, Channel.FaceToFace, form, ctx.KeyFor(3, n++));
            }
        }
        Visits += _willing.Count;
        ctx.AddCost(Options.Costs.PerContact * _willing.Count);
        BookSession(ctx, _staff.Length, Options.Staffing.HoursPerSession);
    }
}
