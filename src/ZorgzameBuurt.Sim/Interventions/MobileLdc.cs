using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the mobile local service centre (mobiel LDC, S000 #11, Ch3 §2.5).</summary>
public sealed class MobileLdcOptions
{
    /// <summary>Visits to the sub-village "at regular times" (S000 Ch3 §2.5); weekly ASSUMED.</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Weekly, offset: 1);

    /// <summary>The sub-village it visits; empty: the first settlement without an LDC.</summary>
    public string Settlement { get; set; } = "";

    /// <summary>Who comes (the LDC's public: older residents of the sub-village).</summary>
    public TargetGroup Visitors { get; set; } = new(MinimumAge.Over65);

    /// <summary>An LDC worker and volunteers of the LDC.</summary>
    public Staffing Staffing { get; set; } = new(2, 3, ProfessionalKind.LdcWorker);

    [Parameter(0.02, 0.8, "ASSUMED", Doc = "Chance that a resident of the target group comes to a visit.")]
    public double Attendance { get; set; } = 0.15;

    [Parameter(0.05, 1, "ASSUMED (it comes close by)", Doc = "Attendance factor with limited mobility.")]
    public double LimitedMobilityFactor { get; set; } = 0.6;

    [Parameter(5, 200, "ASSUMED", Doc = "Visitors per visit (capacity).")]
    public int Capacity { get; set; } = 30;

    [Parameter(0, 100, "ASSUMED", Doc = "Visitors each present professional talks with per visit.")]
    public int TalksPerProfessional { get; set; } = 15;

    [Parameter(2, 12, "ASSUMED", Doc = "Visitors per table (coffee, activity).")]
    public int TableSize { get; set; } = 6;

    [Parameter(0, 1, "ASSUMED", Doc = "Chance that two visitors at a table without a tie form one.")]
    public double TableTieChance { get; set; } = 0.2;

    [Parameter(0, 1, "ASSUMED (S000 Ch3 §2.5: it brings the LDC's offer to the sub-village)", Doc = "Chance that a visitor learns the LDC as a contact point.")]
    public double LearnContact { get; set; } = 0.3;

    [Parameter(1, 14, "ASSUMED", Doc = "Days from a visit during which the sub-village counts as having a service point (signals raised at the visit are referred in the next days).")]
    public int ServiceWindowDays { get; set; } = 2;

    /// <summary>Van and fuel per visit (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 0, 75, 0);
}

/// <summary>
/// The mobile LDC: on its days it stands in the sub-village. Older residents there come with a chance (less
/// penalised by limited mobility, it is close by), sit together (face-to-face contacts that can form ties), and the
/// LDC worker talks with them (detection, linked to the BZR); some learn the LDC as a contact point. For the visit
/// day and the next days the sub-village counts as having a service point, which removes the distance penalty from
/// referrals of its residents. Not during a lockdown.
/// </summary>
public sealed class MobileLdc(MobileLdcOptions options) : InterventionBase
{
    private readonly List<int> _willing = [];
    private readonly List<int> _table = [];
    private int[] _targets = [];
    private float[] _chance = [];
    private int[] _staff = [];
    private int _settlement;
    private int _leaveOn = -1;

    public const string Name = "mobile_ldc";

    public override string Key => Name;

    public MobileLdcOptions Options { get; } = options;

    /// <summary>The sub-village it visits (settlement index).</summary>
    public int SettlementIndex => _settlement;

    /// <summary>Visitors so far (one per visitor per visit).</summary>
    public int Visitors { get; private set; }

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        _settlement = Places.Settlement(w, Options.Settlement, Places.WithoutFacility(w, "ldc"));
        _targets = Options.Visitors.Select(w).Where(id => w.Residents.Settlement[id] == _settlement).ToArray();
        _chance = new float[_targets.Length];
        for (var i = 0; i < _targets.Length; i++)
            _chance[i] = (float)(Options.Attendance * (w.Residents.Has(_targets[i], Traits.LimitedMobility) ? Options.LimitedMobilityFactor : 1));
        _staff = Staff.Present(w, Options.Staffing.Professionals, _settlement);
    }

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Schedule.IsActive(day)) return;
        Linking.Link(ctx, _staff, Options.Staffing.HubLink);
        if (Options.Schedule.IsOn(day) && !ctx.Lockdown) _leaveOn = day + Options.ServiceWindowDays;
        if (day < _leaveOn) ctx.ProvideServicePoint(_settlement);
        if (!Options.Schedule.IsOn(day) || ctx.Lockdown) return;

        var rng = ctx.Rng(1);
        _willing.Clear();
        for (var i = 0; i < _targets.Length; i++)
            if (rng.NextDouble() < _chance[i]) _willing.Add(_targets[i]);
        Sampling.Shuffle(_willing, ref rng);
        if (_willing.Count > Options.Capacity) _willing.RemoveRange(Options.Capacity, _willing.Count - Options.Capacity);
        foreach (var id in _willing)
        {
            ctx.Reach(id);
            if (rng.Chance(Options.LearnContact)) ctx.LearnContact(id);
        }
        Visitors += _willing.Count;
        ctx.AddVolunteerHours(Options.Staffing.Volunteers * Options.Staffing.HoursPerSession);
        ctx.AddCost(Options.Costs.PerContact * _willing.Count);
        BookSession(ctx, _staff.Length, Options.Staffing.HoursPerSession);
        Gatherings.Tables(ctx, _willing, _table, Options.TableSize, Options.TableTieChance, TieKind.Neighbour, ref rng, sub: 2);
        Gatherings.Talks(ctx, _staff, _willing, Options.TalksPerProfessional, ref rng, sub: 3);
    }
}
