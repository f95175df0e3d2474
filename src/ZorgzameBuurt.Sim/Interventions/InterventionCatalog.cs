using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// The catalogue of interventions (MODEL.md §4): their mix keys in canonical order (the order of
/// <see cref="InterventionSettings"/>'s properties) and a factory that builds one from the scenario's settings.
/// </summary>
public static class InterventionCatalog
{
    /// <summary>Every mix key, in canonical order; a mix always runs its interventions in this order.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        Restaurant.Name,
        CallRound.Name,
        ReferralCards.Name,
        VisitingTeam.Name,
        CaringNeighbours.Name,
        Companions.Name,
        CaringStreets.Name,
        MeetingPoint.Name,
        WalkingRoutes.Name,
        MobileLdc.Name,
        ProfessionalNetworking.Name,
        DetectionTraining.Name,
    ];

    /// <summary>True for a catalogue key.</summary>
    public static bool IsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Canonical position of a key, or −1.</summary>
    public static int IndexOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
            if (string.Equals(Keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>Builds the intervention for <paramref name="key"/> from its settings.</summary>
    /// <exception cref="MixException">The key is not in the catalogue.</exception>
    public static IIntervention Create(string key, InterventionSettings settings) => key switch
    {
        Restaurant.Name => new Restaurant(settings.Restaurant),
        CallRound.Name => new CallRound(settings.CallRound),
        ReferralCards.Name => new ReferralCards(settings.ReferralCards),
        VisitingTeam.Name => new VisitingTeam(settings.VisitingTeam),
        CaringNeighbours.Name => new CaringNeighbours(settings.CaringNeighbours),
        Companions.Name => new Companions(settings.Companions),
        CaringStreets.Name => new CaringStreets(settings.CaringStreets),
        MeetingPoint.Name => new MeetingPoint(settings.MeetingPoint),
        WalkingRoutes.Name => new WalkingRoutes(settings.WalkingRoutes),
        MobileLdc.Name => new MobileLdc(settings.MobileLdc),
        ProfessionalNetworking.Name => new ProfessionalNetworking(settings.ProfessionalNetworking),
        DetectionTraining.Name => new DetectionTraining(settings.DetectionTraining),
        _ => throw MixException.Unknown([key], key, []),
    };
}
