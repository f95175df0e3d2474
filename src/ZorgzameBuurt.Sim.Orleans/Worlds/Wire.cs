using System.Runtime.InteropServices;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>Batches of blittable model values (messages, statuses, events, ties) cross grain calls as their bytes:
/// one copy, bit for bit, no per-item serialiser (the model knows nothing of Orleans).</summary>
internal static class Blit
{
    public static byte[] Bytes<T>(ReadOnlySpan<T> items) where T : unmanaged => MemoryMarshal.AsBytes(items).ToArray();

    public static ReadOnlySpan<T> Span<T>(byte[] bytes) where T : unmanaged => MemoryMarshal.Cast<byte, T>(bytes);
}

/// <summary>How a world on the grains is built: the scenario as canonical YAML, the seed, the mix, residents per block
/// grain (1: a grain per resident). Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record WorldRecipe(
    [property: Id(0)] string ScenarioYaml,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] string Mix,
    [property: Id(3)] int BlockSize);

/// <summary>The <see cref="DayData"/> of a day on the wire. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record DayWire(
    [property: Id(0)] int Day,
    [property: Id(1)] bool Lockdown,
    [property: Id(2)] double LockdownFactor,
    [property: Id(3)] double[] ServiceKm,
    [property: Id(4)] float[] ProfessionalRoute,
    [property: Id(5)] float[] ProfessionalSkill,
    [property: Id(6)] byte[] ProfessionalCard,
    [property: Id(7)] int[] FacilitySettlement)
{
    public static DayWire From(DayData d) => new(d.Day, d.Lockdown, d.LockdownFactor, (double[])d.ServiceKm.Clone(),
        (float[])d.ProfessionalRoute.Clone(), (float[])d.ProfessionalSkill.Clone(), Blit.Bytes<Model.CardFlags>(d.ProfessionalCard),
        (int[])d.FacilitySettlement.Clone());

    public void WriteTo(DayData d)
    {
        d.Day = Day;
        d.Lockdown = Lockdown;
        d.LockdownFactor = LockdownFactor;
        ServiceKm.CopyTo(d.ServiceKm, 0);
        FacilitySettlement.CopyTo(d.FacilitySettlement, 0);
        ProfessionalRoute.CopyTo(d.ProfessionalRoute, 0);
        ProfessionalSkill.CopyTo(d.ProfessionalSkill, 0);
        Blit.Span<Model.CardFlags>(ProfessionalCard).CopyTo(d.ProfessionalCard);
    }
}

/// <summary><see cref="Counters"/> on the wire. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record CountersWire(
    [property: Id(0)] long[] Scalars,
    [property: Id(1)] long[] ArisenBy,
    [property: Id(2)] long[] InformalBy,
    [property: Id(3)] long[] ReferredBy,
    [property: Id(4)] int[] Latency)
{
    public static CountersWire From(Counters c) => new(
        [c.NeedsArisen, c.Detections, c.SignalsLost, c.ReferralAttempts, c.ReferralSuccesses, c.NeedsResolved, c.NeedsResolvedInformally,
         c.NeedsSelfResolved, c.VolunteerDropouts, c.Contacts, c.TiesFormed, c.TiesDropped, c.FirstLineSignals, c.OrganisedDetections,
         c.WaitsExpired, c.HandedOn, c.ReferredOnUnderLoad],
        (long[])c.ArisenBy.Clone(), (long[])c.InformalBy.Clone(), (long[])c.ReferredBy.Clone(), (int[])c.Latency.Clone());

    public Counters ToCounters()
    {
        var c = new Counters();
        var s = Scalars;
        (c.NeedsArisen, c.Detections, c.SignalsLost, c.ReferralAttempts, c.ReferralSuccesses, c.NeedsResolved, c.NeedsResolvedInformally) =
            (s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
        (c.NeedsSelfResolved, c.VolunteerDropouts, c.Contacts, c.TiesFormed, c.TiesDropped, c.FirstLineSignals, c.OrganisedDetections) =
            (s[7], s[8], s[9], s[10], s[11], s[12], s[13]);
        (c.WaitsExpired, c.HandedOn, c.ReferredOnUnderLoad) = (s[14], s[15], s[16]);
        ArisenBy.CopyTo(c.ArisenBy, 0);
        InformalBy.CopyTo(c.InformalBy, 0);
        ReferredBy.CopyTo(c.ReferredBy, 0);
        for (var d = 0; d < Latency.Length; d++)
            if (Latency[d] > 0) c.RecordLatency(d, Latency[d]);
        return c;
    }
}

/// <summary>A block's <see cref="ResidentTally"/> on the wire. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record TallyWire([property: Id(0)] long[] Values, [property: Id(1)] long RightsOpen, [property: Id(2)] long Roles, [property: Id(3)] CountersWire Counters)
{
    public static TallyWire From(ResidentTally t) => new(t.Values, t.RightsOpen, t.Roles, CountersWire.From(t.Counters));

    public ResidentTally ToTally() => new() { Values = Values, RightsOpen = RightsOpen, Roles = Roles, Counters = Counters.ToCounters() };
}

/// <summary>What a block sends back from a delivery round: messages for the second round (round 0), messages for
/// tomorrow, and (round 1) the residents' published statuses. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record DeliveryWire([property: Id(0)] byte[] Replies, [property: Id(1)] byte[] Late, [property: Id(2)] byte[] Statuses);

/// <summary>What a professional sends back from its day: its messages and the card it publishes for tomorrow. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record ProfessionalDayWire([property: Id(0)] byte[] Out, [property: Id(1)] float Route, [property: Id(2)] float Skill, [property: Id(3)] byte Card);

/// <summary>A professional's part of the indicators. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record ProfessionalPartWire([property: Id(0)] CountersWire Counters, [property: Id(1)] double PartnershipSum);

/// <summary>What an intervention did today: its messages, the settlements where it stood as a service point. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record InterventionDayWire([property: Id(0)] byte[] Messages, [property: Id(1)] int[] ServicePoints);

/// <summary>An intervention's <see cref="EffortTotals"/> on the wire. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record EffortWire(
    [property: Id(0)] double VolunteerHours, [property: Id(1)] double ProfessionalHours, [property: Id(2)] double CostEuros,
    [property: Id(3)] int PeopleReached, [property: Id(4)] int VulnerableReached, [property: Id(5)] int LonelyReached)
{
    public static EffortWire From(EffortTotals e) => new(e.VolunteerHours, e.ProfessionalHours, e.CostEuros, e.PeopleReached, e.VulnerableReached, e.LonelyReached);

    public EffortTotals ToTotals() => new(VolunteerHours, ProfessionalHours, CostEuros, PeopleReached, VulnerableReached, LonelyReached);
}

/// <summary>A resident's state, ties and journey as her grain reports them. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record JourneyWire(
    [property: Id(0)] int Resident, [property: Id(1)] byte Age, [property: Id(2)] ushort Traits, [property: Id(3)] string Settlement,
    [property: Id(4)] double Loneliness, [property: Id(5)] double Trust, [property: Id(6)] byte Role, [property: Id(7)] int OpenNeed,
    [property: Id(8)] byte NeedState, [property: Id(9)] byte[] Ties, [property: Id(10)] byte[] Events)
{
    public static JourneyWire From(Model.ResidentHistory h) => new(h.Resident, (byte)h.Age, (ushort)h.Traits, h.Settlement, h.Loneliness, h.Trust,
        (byte)h.Role, h.OpenNeed is { } n ? (int)n : -1, (byte)h.NeedState, Blit.Bytes<Model.TieView>(h.Ties.ToArray()), Blit.Bytes<Model.HistoryEvent>(h.Events.ToArray()));

    public Model.ResidentHistory ToHistory() => new(Resident, (Model.AgeBand)Age, (Model.Traits)Traits, Settlement, Loneliness, Trust, (Model.Role)Role,
        OpenNeed < 0 ? null : (Model.NeedKind)OpenNeed, (Model.NeedState)NeedState, Blit.Span<Model.TieView>(Ties).ToArray(), Blit.Span<Model.HistoryEvent>(Events).ToArray());
}

/// <summary>A block's residents for a tie snapshot: ties per resident (counts, then the ties' bytes), contact person, role. Immutable.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SnapshotWire([property: Id(0)] int[] Counts, [property: Id(1)] byte[] Ties, [property: Id(2)] bool[] KnowsContact, [property: Id(3)] byte[] Roles);
