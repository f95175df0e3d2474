namespace ZorgzameBuurt.Sim.Model;

/// <summary>What happened to a traced resident.</summary>
public enum HistoryKind : byte
{
    NeedArose,
    Asked,
    Detected,
    HelpedInformally,
    Signalled,
    SignalLost,
    Referred,
    Resolved,
    SelfResolved,
    TieFormed,
    TieDropped,
    RoleTaken,
    RoleDropped,
    BecameLonely,
    NoLongerLonely,
    Admitted,
    WaitExpired,
}

/// <summary>One event in a traced resident's journey. Other is the other agent (detector, hub, tie) or −1.</summary>
public readonly record struct HistoryEvent(int Resident, int Day, HistoryKind Kind, int Other, NeedKind Need, Channel Channel)
{
    public override string ToString() => Kind switch
    {
        HistoryKind.NeedArose => $"day {Day}: a {Need.ToString().ToLowerInvariant()} need arose",
        HistoryKind.Asked => $"day {Day}: asked for help",
        HistoryKind.Detected => $"day {Day}: need detected by agent {Other} ({Channel})",
        HistoryKind.HelpedInformally => $"day {Day}: helped informally by agent {Other}",
        HistoryKind.Signalled => $"day {Day}: signal reached hub {Other}",
        HistoryKind.SignalLost => Other >= 0 ? $"day {Day}: signal lost at agent {Other}" : $"day {Day}: signal lost (no route)",
        HistoryKind.Referred => $"day {Day}: referred to a service by agent {Other}",
        HistoryKind.Admitted => $"day {Day}: taken into service by agent {Other}",
        HistoryKind.WaitExpired => $"day {Day}: the wait at agent {Other} ran out",
        HistoryKind.Resolved => $"day {Day}: need resolved",
        HistoryKind.SelfResolved => $"day {Day}: need resolved by itself",
        HistoryKind.TieFormed => $"day {Day}: new tie with agent {Other}",
        HistoryKind.TieDropped => $"day {Day}: tie with agent {Other} faded away",
        HistoryKind.RoleTaken => $"day {Day}: took up a volunteer role",
        HistoryKind.RoleDropped => $"day {Day}: dropped out of a volunteer role",
        HistoryKind.BecameLonely => $"day {Day}: became lonely",
        HistoryKind.NoLongerLonely => $"day {Day}: no longer lonely",
        _ => $"day {Day}: {Kind}",
    };
}

/// <summary>A resident's state now and the events recorded since tracing began. Immutable snapshot.</summary>
public sealed record ResidentHistory(
    int Resident,
    AgeBand Age,
    Traits Traits,
    string Settlement,
    double Loneliness,
    double Trust,
    Role Role,
    NeedKind? OpenNeed,
    NeedState NeedState,
    IReadOnlyList<TieView> Ties,
    IReadOnlyList<HistoryEvent> Events);

/// <summary>A tie as seen today.</summary>
public readonly record struct TieView(int Other, TieKind Kind, double Strength, int LastContactDay);
