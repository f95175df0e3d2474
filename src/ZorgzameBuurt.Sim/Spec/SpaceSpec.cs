namespace ZorgzameBuurt.Sim.Spec;

/// <summary>Settlements (villages, sub-villages, urban neighbourhoods), their streets, facilities and a barrier.</summary>
public sealed class SpaceSpec
{
    /// <summary>Settlements; shares of the population must sum to 100.</summary>
    public List<SettlementSpec> Settlements { get; set; } =
    [
        new() { Name = "centrum", PopulationPct = 100, Streets = 40, X = 0, Y = 0, Facilities = ["ldc", "gp", "pharmacy", "shop", "social_house"] },
    ];

    /// <summary>A barrier (railway, ring road) between the settlements on side 0 and side 1; null if none.</summary>
    public BarrierSpec? Barrier { get; set; }

    [Parameter(0, 5, "ASSUMED", Doc = "Distance (km) between two streets of one settlement, on average.")]
    public double IntraSettlementKm { get; set; } = 0.4;
}

/// <summary>One settlement. Position in km; streets share its population evenly.</summary>
public sealed class SettlementSpec
{
    public string Name { get; set; } = "";

    [Parameter(0, 100, "scenario", Doc = "Share of the inhabitants living here (%).")]
    public double PopulationPct { get; set; } = 100;

    [Parameter(1, 10_000, "scenario", Doc = "Number of streets (blocks) in the settlement.")]
    public int Streets { get; set; } = 10;

    [Parameter(-100, 100, "scenario", Doc = "East coordinate (km).")]
    public double X { get; set; }

    [Parameter(-100, 100, "scenario", Doc = "North coordinate (km).")]
    public double Y { get; set; }

    [Parameter(0, 1, "scenario", Doc = "Side of the barrier (0 or 1).")]
    public int Side { get; set; }

    /// <summary>Facilities here: ldc, gp, pharmacy, shop, bank, social_house, meeting_point.</summary>
    public List<string> Facilities { get; set; } = [];

    /// <summary>The facility kinds the model knows.</summary>
    public static readonly IReadOnlyList<string> FacilityKinds = ["ldc", "gp", "pharmacy", "shop", "bank", "social_house", "meeting_point"];
}

/// <summary>A barrier that adds distance between the two sides (S000 Ch3 §1.4: a railway splits Pelt).</summary>
public sealed class BarrierSpec
{
    public string Name { get; set; } = "railway";

    [Parameter(0, 20, "ASSUMED (S000 Ch3 §1.4)", Doc = "Extra km for a trip that crosses the barrier.")]
    public double ExtraKm { get; set; } = 2;
}
