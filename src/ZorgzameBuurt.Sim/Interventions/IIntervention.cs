namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// An intervention: a calendar of actions that sends messages (meals, calls, visits, roles, training) to
/// agents. It runs once a day, before residents act, and sees the world read-only through its context.
/// </summary>
public interface IIntervention
{
    /// <summary>The mix key (restaurant, call_round, ...).</summary>
    string Key { get; }

    /// <summary>Called once when the world is built, before day 0.</summary>
    void Start(InterventionContext context) { }

    /// <summary>Called every day; sends messages through the context.</summary>
    void OnDay(InterventionContext context);
}
