namespace ZorgzameBuurt.Sim.Spec;

/// <summary>The kinds of professional in the model (S000 Ch3 §2.1, §2.6).</summary>
public enum ProfessionalKind : byte
{
    /// <summary>Buurtzorgregisseur: neighbourhood care director, the hub and fixed contact person.</summary>
    CareDirector,
    /// <summary>Home carer (thuiszorg), first line.</summary>
    HomeCarer,
    /// <summary>General practitioner (huisarts), first line.</summary>
    GeneralPractitioner,
    /// <summary>Home nurse (thuisverpleging), first line.</summary>
    Nurse,
    /// <summary>Pharmacist (apotheker), first line.</summary>
    Pharmacist,
    /// <summary>Worker at the local service centre (LDC, lokaal dienstencentrum).</summary>
    LdcWorker,
    /// <summary>OCMW / social-house worker: the formal services that resolve needs.</summary>
    SocialWorker,
}

/// <summary>A group of professionals of one kind based in one settlement.</summary>
public sealed class ProfessionalSpec
{
    /// <summary>care_director, home_carer, general_practitioner, nurse, pharmacist, ldc_worker, social_worker.</summary>
    public ProfessionalKind Kind { get; set; } = ProfessionalKind.CareDirector;

    [Parameter(0, 1000, "scenario", Doc = "How many.")]
    public int Count { get; set; } = 1;

    [Parameter(0.05, 1, "S003 Bijlage 4 (projects average 0.86 FTE)", Doc = "Full-time equivalent of each.")]
    public double Fte { get; set; } = 0.86;

    /// <summary>The settlement they work from; empty means the first settlement.</summary>
    public string Settlement { get; set; } = "";

    /// <summary>The default line-up: one care director, first-line workers, an LDC and a social-house worker.</summary>
    public static List<ProfessionalSpec> Defaults() =>
    [
        new() { Kind = ProfessionalKind.CareDirector, Count = 1, Fte = 0.86 },
        new() { Kind = ProfessionalKind.HomeCarer, Count = 6, Fte = 0.8 },
        new() { Kind = ProfessionalKind.GeneralPractitioner, Count = 3, Fte = 1 },
        new() { Kind = ProfessionalKind.Nurse, Count = 3, Fte = 0.8 },
        new() { Kind = ProfessionalKind.Pharmacist, Count = 1, Fte = 1 },
        new() { Kind = ProfessionalKind.LdcWorker, Count = 1, Fte = 1 },
        new() { Kind = ProfessionalKind.SocialWorker, Count = 2, Fte = 1 },
    ];
}
