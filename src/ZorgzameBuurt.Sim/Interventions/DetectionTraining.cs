using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of detection training (vorming detectie eenzaamheid, S000 #24, Annex §5).</summary>
public sealed class DetectionTrainingOptions
{
    /// <summary>Training sessions; each trains whoever is not yet trained (a week after the start, so the volunteers
    /// other interventions recruit on day 0 are in the first session), then quarterly for newcomers.</summary>
    public Schedule Schedule { get; set; } = new(Frequency.Quarterly, offset: 7);

    /// <summary>Train residents holding a volunteer role (S000 #24: volunteers and professionals).</summary>
    public bool Volunteers { get; set; } = true;

    [Parameter(0.2, 0.9, "S000 #24 (training raises skill); MODEL.md §3a trained volunteer 0.5", Doc = "Detection skill a trained volunteer reaches.")]
    public double VolunteerSkill { get; set; } = 0.5;

    /// <summary>Kinds of professional trained (first-line and LDC workers by default).</summary>
    public List<ProfessionalKind> Professionals { get; set; } =
        [ProfessionalKind.HomeCarer, ProfessionalKind.GeneralPractitioner, ProfessionalKind.Nurse, ProfessionalKind.Pharmacist, ProfessionalKind.LdcWorker];

    [Parameter(0.5, 1, "ASSUMED (first-line skill 0.6 in MODEL.md §3a)", Doc = "Detection skill a trained professional reaches.")]
    public double ProfessionalSkill { get; set; } = 0.75;

    [Parameter(0, 16, "ASSUMED", Doc = "Hours of training per trainee.")]
    public double HoursPerTrainee { get; set; } = 3;

    /// <summary>Trainer per session, materials per trainee (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 0, 150, 20);
}

/// <summary>
/// Detection training: each session sends a Training message to every volunteer (a resident holding a role) and
/// listed professional not yet trained, raising their detection skill to at least the trained level, so every
/// contact they have detects more. Sessions pause in a lockdown.
/// </summary>
public sealed class DetectionTraining(DetectionTrainingOptions options) : InterventionBase
{
    private bool[] _trained = [];
    private int[] _professionals = [];

    public const string Name = "detection_training";

    public override string Key => Name;

    public DetectionTrainingOptions Options { get; } = options;

    /// <summary>People trained so far.</summary>
    public int Trainees { get; private set; }

    protected override Schedule Calendar => Options.Schedule;

    protected override Costs Costs => Options.Costs;

    protected override void OnStart(InterventionContext ctx)
    {
        var w = ctx.Town;
        _trained = new bool[w.Residents.Count + w.Professionals.Count];
        _professionals = Staff.All(w, Options.Professionals);
    }

    protected override void Act(InterventionContext ctx)
    {
        if (!Options.Schedule.IsOn(ctx.Day) || ctx.Lockdown) return;
        var w = ctx.Town;
        var volunteers = 0;
        if (Options.Volunteers)
            for (var id = 0; id < w.Residents.Count; id++)
            {
                if (_trained[id] || ctx.RoleOf(id) == Role.None) continue;
                _trained[id] = true;
                ctx.Train(id, Options.VolunteerSkill);
                ctx.AddVolunteerHours(Options.HoursPerTrainee);
                volunteers++;
            }
        var professionals = 0;
        foreach (var agent in _professionals)
        {
            if (_trained[agent]) continue;
            _trained[agent] = true;
            ctx.Train(agent, Options.ProfessionalSkill);
            professionals++;
        }
        if (volunteers + professionals == 0) return;
        Trainees += volunteers + professionals;
        ctx.AddCost(Options.Costs.PerContact * (volunteers + professionals));
        BookSession(ctx, professionals, Options.HoursPerTrainee);
    }
}
