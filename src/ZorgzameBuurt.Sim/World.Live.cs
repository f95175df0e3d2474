using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim;

/// <summary>
/// Live control between days (a teaching workbench switches interventions and shocks mid-run). Every call takes
/// effect from the next <see cref="Step"/>. Lockdowns and closures are written into the scenario's shocks, so
/// the spec object the world was created from changes with them.
/// </summary>
public sealed partial class World
{
    /// <summary>Keys of the interventions acting now, in mix order (a key switched off is left out).</summary>
    public IReadOnlyList<string> ActiveInterventions =>
        [.. _interventions.Where(i => i.Intervention is not SwitchedOff).Select(i => i.Intervention.Key)];

    /// <summary>Adds <paramref name="intervention"/> and starts it; it acts from the next day.</summary>
    public void SwitchOn(IIntervention intervention)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        if (_inTick) throw new InvalidOperationException("Interventions are switched between days, not during one.");
        var context = new InterventionContext(this, _interventionOut, _interventions.Count, new Effort(Residents.Count));
        _interventions.Add((intervention, context));
        intervention.Start(context);
    }

    /// <summary>Stops every acting intervention with <paramref name="key"/>; the effort it booked stays counted.</summary>
    public void SwitchOff(string key)
    {
        for (var i = 0; i < _interventions.Count; i++)
        {
            var (intervention, context) = _interventions[i];
            if (intervention.Key == key && intervention is not SwitchedOff) _interventions[i] = (new SwitchedOff(key), context);
        }
    }

    /// <summary>A lockdown from today for <paramref name="days"/> days with <paramref name="contactFactor"/> on everyday contact.</summary>
    public void LockdownNow(double contactFactor, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(contactFactor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(contactFactor, 1);
        _shocks.Lockdowns.Add(new LockdownSpec { Start = Day, End = Day + days, ContactFactor = contactFactor });
    }

    /// <summary>Ends every lockdown that would still be in force today or later.</summary>
    public void EndLockdown()
    {
        foreach (var l in _shocks.Lockdowns)
            if (l.End > Day) l.End = Math.Min(l.End, Math.Max(l.Start, Day));
    }

    /// <summary>Closes <paramref name="facility"/> in <paramref name="settlement"/> from today.</summary>
    public void CloseFacilityNow(string settlement, string facility)
    {
        var s = Space.IndexOf(settlement);
        if (s < 0) throw new ArgumentException($"unknown settlement '{settlement}'", nameof(settlement));
        if (!Space.HasFacility(s, facility)) throw new ArgumentException($"{settlement} has no open '{facility}'", nameof(facility));
        Space.Close(s, facility);
    }

    /// <summary>Stands in for a switched-off intervention: same key (its effort stays in the indicators), no action.</summary>
    private sealed class SwitchedOff(string key) : IIntervention
    {
        public string Key => key;

        public void OnDay(InterventionContext context)
        {
        }
    }
}
