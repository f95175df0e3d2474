using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Unit costs in euros: one-off set-up, a yearly running cost (booked day by day while active), per
/// session and per contact (a guest, call, visit or trainee).</summary>
public sealed class Costs
{
    public Costs()
    {
    }

    public Costs(double setup, double perYear, double perSession, double perContact)
    {
        Setup = setup;
        PerYear = perYear;
        PerSession = perSession;
        PerContact = perContact;
    }

    [Parameter(0, 1_000_000, "ASSUMED", Doc = "One-off cost at the start (euros).")]
    public double Setup { get; set; }

    [Parameter(0, 1_000_000, "ASSUMED", Doc = "Running cost per year (euros), booked pro rata per active day.")]
    public double PerYear { get; set; }

    [Parameter(0, 100_000, "ASSUMED", Doc = "Cost per session (euros).")]
    public double PerSession { get; set; }

    [Parameter(0, 10_000, "ASSUMED", Doc = "Cost per contact: guest, call, visit or trainee (euros).")]
    public double PerContact { get; set; }
}
