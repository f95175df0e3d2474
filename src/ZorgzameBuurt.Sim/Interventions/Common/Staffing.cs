using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Who runs a session: the kinds of professional present, how many volunteers, and for how long.</summary>
public sealed class Staffing
{
    public Staffing()
    {
    }

    public Staffing(int volunteers, double hoursPerSession, params ProfessionalKind[] professionals)
    {
        Volunteers = volunteers;
        HoursPerSession = hoursPerSession;
        Professionals = [.. professionals];
    }

    /// <summary>Kinds of professional present (one of each, preferably one based in the intervention's settlement).</summary>
    public List<ProfessionalKind> Professionals { get; set; } = [];

    [Parameter(0, 1000, "ASSUMED", Doc = "Volunteers in the team.")]
    public int Volunteers { get; set; }

    [Parameter(0, 24, "ASSUMED", Doc = "Hours each volunteer and professional spends per session.")]
    public double HoursPerSession { get; set; }

    [Parameter(0, 1, "ASSUMED (S000 Ch3 §2.5: the LDC leader works in tandem with the BZR)", Doc = "Chance that a present professional who is neither the BZR nor first-line (LDC worker, social worker) passes a detected signal to the BZR.")]
    public double HubLink { get; set; } = 1;
}
