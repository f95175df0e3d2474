using ZorgzameBuurt.Sim.Interventions;

namespace ZorgzameBuurt.Sim.Spec;

/// <summary>
/// Settings for every intervention of MODEL.md §4, one property per mix key (snake_case of the property name), in
/// catalogue order. A mix switches interventions on; these settings say how each runs when it is on. Defaults follow
/// the sources (docs/interventions.md).
/// </summary>
public sealed class InterventionSettings
{
    /// <summary>Village/neighbourhood restaurant (dorps-/buurtrestaurant), S000 #1.</summary>
    public RestaurantOptions Restaurant { get; set; } = new();

    /// <summary>Call round (belronde / belactie), S000 #2, S002 tool 2.</summary>
    public CallRoundOptions CallRound { get; set; } = new();

    /// <summary>Referral cards (doorverwijskaarten), S000 #3, S002 tool 1.</summary>
    public ReferralCardsOptions ReferralCards { get; set; } = new();

    /// <summary>Visiting team for older people (bezoekersteam), S002 tool 3.</summary>
    public VisitingTeamOptions VisitingTeam { get; set; } = new();

    /// <summary>Caring neighbours (zorgzame buren), S000 #4, S002 tool 6.</summary>
    public CaringNeighboursOptions CaringNeighbours { get; set; } = new();

    /// <summary>Neighbourhood companions (buurtgezellen), S002 tool 4.</summary>
    public CompanionsOptions Companions { get; set; } = new();

    /// <summary>Caring streets (zorgzame straten), S004.</summary>
    public CaringStreetsOptions CaringStreets { get; set; } = new();

    /// <summary>Meeting point with consultation hours (buurtpunt, zitdagen), S003 Bijlage 7.</summary>
    public MeetingPointOptions MeetingPoint { get; set; } = new();

    /// <summary>Walking routes and benches (kuieren en keuvelen), S000 #9.</summary>
    public WalkingRoutesOptions WalkingRoutes { get; set; } = new();

    /// <summary>Mobile local service centre (mobiel LDC), S000 #11.</summary>
    public MobileLdcOptions MobileLdc { get; set; } = new();

    /// <summary>Professional networking (zorgwijkoverleg, network moments, regie team), S001, S003.</summary>
    public ProfessionalNetworkingOptions ProfessionalNetworking { get; set; } = new();

    /// <summary>Detection training (vorming detectie eenzaamheid), S000 #24.</summary>
    public DetectionTrainingOptions DetectionTraining { get; set; } = new();
}
