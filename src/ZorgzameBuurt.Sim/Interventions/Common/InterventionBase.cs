namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// Common plumbing of the catalogue's interventions: binds the random stream to the mix key (common random
/// numbers across mixes) and books the one-off and yearly costs over the intervention's active window.
/// </summary>
public abstract class InterventionBase : IIntervention
{
    public abstract string Key { get; }

    /// <summary>The main calendar: its [Start, End) is the window in which running costs are booked.</summary>
    protected abstract Schedule Calendar { get; }

    protected abstract Costs Costs { get; }

    /// <summary>Sessions held so far (meals, call sessions, meetings...).</summary>
    public int Sessions { get; protected set; }

    public void Start(InterventionContext context)
    {
        context.BindStream(Key);
        OnStart(context);
    }

    public void OnDay(InterventionContext context)
    {
        var day = context.Day;
        if (day == Calendar.Start) context.AddCost(Costs.Setup);
        if (Calendar.IsActive(day)) context.AddCost(Costs.PerYear / 365);
        Act(context);
    }

    /// <summary>Precomputes target lists and staff (no messages: the world discards messages sent before day 0).</summary>
    protected virtual void OnStart(InterventionContext context)
    {
    }

    protected abstract void Act(InterventionContext context);

    /// <summary>Books a session: its cost and the hours of the professionals present.</summary>
    protected void BookSession(InterventionContext context, int professionals, double hours)
    {
        Sessions++;
        context.AddCost(Costs.PerSession);
        context.AddProfessionalHours(professionals * hours);
    }
}
