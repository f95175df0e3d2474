using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Interventions;

namespace ZorgzameBuurt.Sim;

/// <summary>Live control of a running world (a teacher's or a planner's "what if, now"): interventions switched on
/// and off, a lockdown or a facility closure from today. Call between days.</summary>
public sealed partial class World
{
    /// <summary>The keys of the interventions acting now, in mix order.</summary>
    public IReadOnlyList<string> ActiveInterventions => _interventions.Select(x => x.Intervention.Key).ToList();

    /// <summary>Adds an intervention and starts it; it acts from the next <see cref="Step"/>.</summary>
    public void SwitchOn(IIntervention intervention) => Add(intervention);

    /// <summary>Stops the (last added) intervention with this key; what it did and its effort stay.</summary>
    public void SwitchOff(string key)
    {
        var at = _interventions.FindLastIndex(x => x.Intervention.Key == key);
        if (at < 0) throw new ArgumentException($"No intervention '{key}' is active; active: {string.Join(", ", ActiveInterventions)}.", nameof(key));
        _stopped.Add(_interventions[at]);
        _interventions.RemoveAt(at);
    }

    /// <summary>A lockdown from today for <paramref name="days"/> days (everyday contact times <paramref name="contactFactor"/>).</summary>
    public void LockdownNow(double contactFactor, int days) => _inputs.LockdownNow(Day, contactFactor, days);

    /// <summary>Ends a lockdown ordered with <see cref="LockdownNow"/>.</summary>
    public void EndLockdown() => _inputs.EndLockdown();

    /// <summary>Closes a facility of a settlement from today.</summary>
    public void CloseFacilityNow(string settlement, string facility)
    {
        _inputs.CloseNow(Space, settlement, facility);
    }

    private void Add(IIntervention intervention)
    {
        var index = _interventions.Count + _stopped.Count;
        var occurrence = _interventions.Concat(_stopped).Count(x => x.Intervention.Key == intervention.Key);
        var context = new InterventionContext(Town, _interventionOut, index, occurrence, new Effort(Residents.Count));
        _interventions.Add((intervention, context));
        intervention.Start(context);
    }
}
