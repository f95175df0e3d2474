namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// The world-level inputs of one day, as data every block receives (never a read into another agent): the day, a
/// lockdown, each settlement's distance to a service point (facility closures and the mobile LDC's visits), where each
/// settlement's residents go for each facility (the foci of chance encounters, MODEL.md §3.1), and the
/// cards the professionals published at the end of the previous day. The world fills it before the agents act;
/// nobody changes it while they do. Reused day after day (no allocation per day).
/// </summary>
public sealed class DayData
{
    public DayData(int settlements, int professionals)
    {
        ServiceKm = new double[settlements];
        FacilitySettlement = new int[settlements * Spec.SettlementSpec.FacilityKinds.Count];
        Array.Fill(FacilitySettlement, -1);
        ProfessionalRoute = new float[professionals];
        ProfessionalSkill = new float[professionals];
        ProfessionalCard = new CardFlags[professionals];
    }

    public int Day { get; set; }

    public bool Lockdown { get; set; }

    /// <summary>Factor on everyday face-to-face contact while <see cref="Lockdown"/> (1 otherwise).</summary>
    public double LockdownFactor { get; set; } = 1;

    /// <summary>Km from each settlement to the nearest service point today (a referral's distance).</summary>
    public double[] ServiceKm { get; }

    /// <summary>For settlement k and facility kind f (index into <see cref="Spec.SettlementSpec.FacilityKinds"/>), at
    /// [k·kinds + f]: the settlement whose facility k's residents use today (k itself while open, else the nearest that
    /// has one), or −1 when none is left.</summary>
    public int[] FacilitySettlement { get; }

    /// <summary>Each professional's published card: the chance it passes a signal to the hub, its detection skill, its flags.</summary>
    public float[] ProfessionalRoute { get; }

    public float[] ProfessionalSkill { get; }

    public CardFlags[] ProfessionalCard { get; }

    public void CopyFrom(DayData other)
    {
        Day = other.Day;
        Lockdown = other.Lockdown;
        LockdownFactor = other.LockdownFactor;
        other.ServiceKm.CopyTo(ServiceKm, 0);
        other.FacilitySettlement.CopyTo(FacilitySettlement, 0);
        other.ProfessionalRoute.CopyTo(ProfessionalRoute, 0);
        other.ProfessionalSkill.CopyTo(ProfessionalSkill, 0);
        other.ProfessionalCard.CopyTo(ProfessionalCard, 0);
    }
}
