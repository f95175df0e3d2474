using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// The world-level inputs of a run: the scenario's shocks (lockdowns, facility closures) and those a user orders
/// while it runs (a lockdown now, a closure now). Each day it writes the day, the lockdown and any closure into the
/// day's data and the space. Owned by whichever host runs the world (the in-process world or the world grain).
/// </summary>
public sealed class WorldInputs(ShockSpec shocks)
{
    private int _liveLockdownEnd = -1;
    private double _liveFactor = 1;

    /// <summary>Starts the day: the lockdown in force and the closures due today.</summary>
    private readonly List<(string Settlement, string Facility)> _closed = [];

    /// <summary>Every closure carried out so far, in order (a host that builds a new view of the space replays them).</summary>
    public IReadOnlyList<(string Settlement, string Facility)> Closed => _closed;

    public void Begin(int day, Space space, DayData data)
    {
        data.Day = day;
        data.Lockdown = false;
        data.LockdownFactor = 1;
        foreach (var l in shocks.Lockdowns)
            if (day >= l.Start && day < l.End)
            {
                data.Lockdown = true;
                data.LockdownFactor = l.ContactFactor;
            }
        if (day < _liveLockdownEnd)
        {
            data.Lockdown = true;
            data.LockdownFactor = _liveFactor;
        }
        foreach (var c in shocks.FacilityClosures)
            if (c.Day == day) CloseDue(space, c.Settlement, c.Facility);
    }

    /// <summary>A lockdown from <paramref name="day"/> for <paramref name="days"/> days.</summary>
    public void LockdownNow(int day, double contactFactor, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(contactFactor, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(contactFactor, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        _liveLockdownEnd = day + days;
        _liveFactor = contactFactor;
    }

    public void EndLockdown() => _liveLockdownEnd = -1;

    /// <summary>Closes an open facility of a settlement now (from now on, trips for it go further) and records it.</summary>
    /// <exception cref="ArgumentException">The settlement is unknown or has no open facility of that kind.</exception>
    public void CloseNow(Space space, string settlement, string facility)
    {
        var s = space.IndexOf(settlement);
        if (s < 0) throw new ArgumentException($"Unknown settlement '{settlement}'; the scenario has: {string.Join(", ", space.Names)}.", nameof(settlement));
        if (!space.HasFacility(s, facility)) throw new ArgumentException($"{settlement} has no open '{facility}'.", nameof(facility));
        Close(space, settlement, facility);
    }

    /// <summary>Closes a facility due by the scenario's shocks today, and records it.</summary>
    private void CloseDue(Space space, string settlement, string facility)
    {
        _closed.Add((settlement, facility));
        Close(space, settlement, facility);
    }

    /// <summary>Closes a facility of a settlement in <paramref name="space"/>.</summary>
    public static void Close(Space space, string settlement, string facility)
    {
        var s = space.IndexOf(settlement);
        if (s >= 0) space.Close(s, facility);
    }
}
