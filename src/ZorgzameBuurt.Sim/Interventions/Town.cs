using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// What an intervention can see of the world: the census (who lives where, their static traits, the professionals),
/// the space, the day's world-level inputs, and the statuses the residents published at the end of yesterday (role,
/// loneliness, need, network). Never an agent's live state: a host fills it between days, so an intervention reads
/// the same whether the agents run in this process or in grains. Read-only for interventions.
/// </summary>
public sealed class Town
{
    private readonly bool[] _servicePoint;

    public Town(ScenarioSpec spec, ulong seed, Residents residents, Professionals professionals, Space space, Layout layout, int[] streetSettlement)
    {
        Parameters = spec.Parameters;
        Seed = seed;
        Residents = residents;
        Professionals = professionals;
        Space = space;
        Layout = layout;
        StreetSettlement = streetSettlement;
        Statuses = new ResidentStatus[residents.Count];
        Data = new DayData(space.Count, professionals.Count);
        _servicePoint = new bool[space.Count];
    }

    public ModelParameters Parameters { get; }
    public ulong Seed { get; }
    public Residents Residents { get; }
    public Professionals Professionals { get; }
    public Space Space { get; }
    public Layout Layout { get; }

    /// <summary>Residents of street s are ids [StreetStart[s], StreetStart[s+1]).</summary>
    public int[] StreetStart => Layout.StreetStart;
    public int[] StreetSettlement { get; }

    /// <summary>Streets of settlement k are [SettlementStreets[k], SettlementStreets[k+1]).</summary>
    public int[] SettlementStreets => Layout.SettlementStreets;

    /// <summary>Indices (into <see cref="Professionals"/>) of the care directors.</summary>
    public int[] Hubs => Layout.Hubs;
    public bool HasHub => Layout.HasHub;

    /// <summary>The residents' statuses as published at the end of yesterday, by resident id (filled by the host).</summary>
    public ResidentStatus[] Statuses { get; }

    /// <summary>Today's world-level inputs (day, lockdown, the professionals' published cards).</summary>
    public DayData Data { get; }

    public int Day => Data.Day;
    public bool IsLockdown => Data.Lockdown;
    public double LockdownContactFactor => Data.LockdownFactor;

    public Role RoleOf(int resident) => Statuses[resident].Role;
    public double LonelinessOf(int resident) => Statuses[resident].Loneliness;
    public NeedState NeedStateOf(int resident) => Statuses[resident].Need;

    /// <summary>Sum of the strengths of a resident's ties outside the household (kin, neighbours, friends, volunteers).</summary>
    public double NetworkStrength(int resident) => Statuses[resident].Network;

    /// <summary>The last day a tie of the resident went to an organised activity (−1: never).</summary>
    public int TieWentDay(int resident) => Statuses[resident].TieWentDay;

    /// <summary>The chance a professional agent passes a detected signal on today (its published card).</summary>
    public double RouteChance(int professionalAgent) => Data.ProfessionalRoute[professionalAgent - Professionals.FirstId];

    /// <summary>An intervention puts a service point in a settlement for today (the mobile LDC's visit).</summary>
    public void ProvideServicePoint(int settlement) => _servicePoint[settlement] = true;

    /// <summary>True if an intervention put a service point in the settlement today.</summary>
    public bool HasServicePoint(int settlement) => _servicePoint[settlement];

    /// <summary>Starts a day: clears yesterday's service points.</summary>
    public void BeginDay() => Array.Clear(_servicePoint);

    /// <summary>Writes each settlement's distance to a service point today (after the interventions acted).</summary>
    public void WriteServiceKm(double[] into)
    {
        for (var k = 0; k < into.Length; k++)
        {
            var km = Space.DistanceToService(k, _servicePoint[k]);
            into[k] = double.IsPositiveInfinity(km) ? Parameters.Hub.NoServiceKm : km;
        }
    }

    /// <summary>Writes, for each settlement and facility kind, the settlement whose facility its residents use today
    /// (the foci of their chance encounters; see <see cref="DayData.FacilitySettlement"/>).</summary>
    public void WriteFacilitySettlements(int[] into)
    {
        var kinds = SettlementSpec.FacilityKinds;
        for (var k = 0; k < Space.Count; k++)
            for (var f = 0; f < kinds.Count; f++)
                into[k * kinds.Count + f] = Space.NearestWithFacility(k, kinds[f]);
    }
}
