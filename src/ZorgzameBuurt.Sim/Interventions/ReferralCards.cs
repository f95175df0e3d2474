using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the referral cards (doorverwijskaarten, S000 #3, S002 tool 1, S003 Bijlage 7).</summary>
public sealed class ReferralCardsOptions
{
    /// <summary>When the cards are handed out with a short training (once, on the start day).</summary>
    public Schedule Rollout { get; set; } = new(Frequency.Once);

    /// <summary>Refresh moments (communication, a reminder, a training). Never by default: the pilots saw use
    /// decline as referrers paid less attention (S000 Ch5 §5); "herhaling werkt" (S000 Ch3 §5.2).</summary>
    public Schedule Refresh { get; set; } = new(Frequency.Never);

    /// <summary>Who gets cards: first-line actors (S000 #3: home care, GPs; S002 tool 1: GPs, home nurses, home-care workers).</summary>
    public List<ProfessionalKind> Professionals { get; set; } =
        [ProfessionalKind.GeneralPractitioner, ProfessionalKind.HomeCarer, ProfessionalKind.Nurse, ProfessionalKind.Pharmacist];

    [Parameter(0.1, 1, "ASSUMED", Doc = "Referral attention right after the rollout or a refresh: the chance a professional sends a detected signal to the fixed contact person; it then decays with the referral-card half-life.")]
    public double Attention { get; set; } = 0.9;

    [Parameter(0, 8, "S002 tool 1 (\"after a short training\"); hours ASSUMED", Doc = "Hours of training per professional at the rollout and at each refresh.")]
    public double TrainingHours { get; set; } = 1;

    [Parameter(0, 20, "S000 #3 (coordinated by the BZR and/or LDC leader); hours ASSUMED", Doc = "Coordination hours per week (BZR or LDC leader).")]
    public double CoordinationHoursPerWeek { get; set; } = 1;

    /// <summary>Printing at the rollout, yearly reprints (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(500, 200, 0, 0);
}

/// <summary>
/// Referral cards: at the rollout and at each refresh moment the listed first-line professionals get their
/// referral attention set (a RefreshAttention message), so a need they detect on a visit goes to the BZR with
/// that chance; the engine lets the attention decay with its half-life. A refresh that falls in a lockdown
/// waits until it ends.
/// </summary>
public sealed class ReferralCards(ReferralCardsOptions options) : InterventionBase
{
    private int[] _professionals = [];
    private bool _pending;

    public const string Name = "referral_cards";

    public override string Key => Name;

    public ReferralCardsOptions Options { get; } = options;

    /// <summary>Rollout and refresh moments held so far.</summary>
    public int Refreshes => Sessions;

    /// <summary>The professionals that hold cards (agent ids).</summary>
    public IReadOnlyList<int> Holders => _professionals;

    protected override Schedule Calendar => Options.Rollout;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx) => _professionals = Staff.All(ctx.Town, Options.Professionals);

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Rollout.IsActive(day)) return;
        ctx.AddProfessionalHours(Options.CoordinationHoursPerWeek / 7);
        if (Options.Rollout.IsOn(day) || (Sessions > 0 && Options.Refresh.IsOn(day))) _pending = true;
        if (!_pending || ctx.Lockdown) return;
        _pending = false;
        foreach (var agent in _professionals) ctx.RefreshAttention(agent, Options.Attention);
        BookSession(ctx, _professionals.Length, Options.TrainingHours);
    }
}
