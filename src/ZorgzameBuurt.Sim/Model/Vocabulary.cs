namespace ZorgzameBuurt.Sim.Model;

/// <summary>Age bands of MODEL.md §2.</summary>
public enum AgeBand : byte { Age0To17, Age18To64, Age65To74, Age75Plus }

/// <summary>Static traits of a resident (MODEL.md §2), set at synthesis.</summary>
[Flags]
public enum Traits : ushort
{
    None = 0,
    LivingAlone = 1 << 0,
    LimitedMobility = 1 << 1,
    DigitalUse = 1 << 2,
    LanguageBarrier = 1 << 3,
    ChronicCondition = 1 << 4,
    LowIncome = 1 << 5,
    ForeignOrigin = 1 << 6,
    Antidepressant = 1 << 7,
    Renter = 1 << 8,
    SocialRenter = 1 << 9,
    Unemployed = 1 << 10,
    KinInArea = 1 << 11,
    /// <summary>At least two of: 75+, living alone, limited mobility, low income, language barrier, chronic condition.</summary>
    Vulnerable = 1 << 12,
}

/// <summary>Kinds of tie (MODEL.md §2). Household ties do not decay.</summary>
public enum TieKind : byte { Household, Kin, Neighbour, Friend, Volunteer, Professional, Partnership }

/// <summary>How a contact happens; sets reinforcement and detection base.</summary>
public enum Channel : byte { FaceToFace, Phone, Chat, Form, HomeVisit }

/// <summary>Kinds of need (MODEL.md §2). Heavy needs are never met by neighbours.</summary>
public enum NeedKind : byte { Rights, Practical, Social, Care, Heavy }

/// <summary>
/// The life of a need: hidden → detected → signalled (at the hub) → waiting (on a service's list) → in service →
/// resolved; or lost (a failed referral: hidden again), expired (the wait ran out: hidden again, visibly, with less
/// trust) or self-resolved. <see cref="None"/> is an empty slot.
/// </summary>
public enum NeedState : byte { None, Hidden, Signalled, Waiting, InService }

/// <summary>Inclusive roles a resident can hold as a volunteer (MODEL.md §2).</summary>
public enum Role : byte { None, CaringNeighbour, Caller, Visitor, RestaurantVolunteer, StreetLeader, Companion, StreetMember }

/// <summary>The public card an agent shows in a contact: what a detector can do with a signal.</summary>
[Flags]
public enum CardFlags : byte
{
    None = 0,
    Professional = 1 << 0,
    Hub = 1 << 1,
    /// <summary>Can pass a signal on to the hub: a role, a known contact person or a tie to a professional.</summary>
    HasRoute = 1 << 2,
    Volunteer = 1 << 3,
    FirstLine = 1 << 4,
}

internal static class VocabularyExtensions
{
    public static bool IsLight(this NeedKind kind) => kind is NeedKind.Social or NeedKind.Practical;

    public static bool IsInclusive(this Role role) => role is not Role.None;
}
