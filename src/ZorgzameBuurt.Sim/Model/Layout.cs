using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// The shape of a world that every agent may know: how many residents, which ids live on which street and in which
/// settlement (residents are numbered street by street), which professionals exist and which are the hubs. Small (per
/// street and per professional, never per resident) and fixed at synthesis. Immutable.
/// </summary>
public sealed class Layout(int residentCount, int[] streetStart, int[] settlementStreets, ProfessionalKind[] professionalKinds)
{
    public int ResidentCount { get; } = residentCount;

    /// <summary>Residents of street s are ids [StreetStart[s], StreetStart[s+1]).</summary>
    public int[] StreetStart { get; } = streetStart;

    /// <summary>Streets of settlement k are [SettlementStreets[k], SettlementStreets[k+1]).</summary>
    public int[] SettlementStreets { get; } = settlementStreets;

    /// <summary>Kind of each professional (agent id = ResidentCount + index).</summary>
    public ProfessionalKind[] ProfessionalKinds { get; } = professionalKinds;

    /// <summary>Indices of the care directors (the hubs), in index order.</summary>
    public int[] Hubs { get; } = Enumerable.Range(0, professionalKinds.Length).Where(j => professionalKinds[j] == ProfessionalKind.CareDirector).ToArray();

    public int ProfessionalFirstId => ResidentCount;

    public bool HasHub => Hubs.Length > 0;

    /// <summary>The hub (care director agent id) a resident's signal goes to, or −1 without a hub.</summary>
    public int HubFor(int resident) => Hubs.Length == 0 ? -1 : ResidentCount + Hubs[resident % Hubs.Length];

    /// <summary>The street a resident lives on (binary search over the street starts).</summary>
    public int StreetOf(int resident)
    {
        var i = Array.BinarySearch(StreetStart, resident);
        if (i >= 0)
        {
            while (i + 1 < StreetStart.Length && StreetStart[i + 1] == resident) i++;
            return i;
        }
        return ~i - 1;
    }
}
