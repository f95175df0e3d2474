namespace ZorgzameBuurt.Sim;

/// <summary>Per-resident outcomes, for effects among the residents an intervention reached (paired with themselves in
/// the baseline under common random numbers).</summary>
public sealed partial class World
{
    /// <summary>The metrics <see cref="ResidentValues"/> knows.</summary>
    public static readonly IReadOnlyList<string> ResidentMetrics = ["hidden_need_days", "unmet_need_days", "loneliness"];

    /// <summary>One value per resident (by id): days with a hidden need so far, unmet-need days so far (the open need's
    /// days included), or loneliness now.</summary>
    public double[] ResidentValues(string metric)
    {
        var values = new double[Residents.Count];
        foreach (var b in _blocks)
            for (var i = 0; i < b.Count; i++)
                values[b.Lo + i] = metric switch
                {
                    "hidden_need_days" => b.HiddenDays[i],
                    "unmet_need_days" => b.UnmetDays[i] + (b.NeedState[i] != Model.NeedState.None ? Day - b.NeedOnset[i] : 0),
                    "loneliness" => b.Loneliness[i],
                    _ => throw new ArgumentException($"Unknown resident metric '{metric}'; known: {string.Join(", ", ResidentMetrics)}.", nameof(metric)),
                };
        return values;
    }

    /// <summary>Reached[id]: some intervention acting now has reached resident id.</summary>
    public bool[] ReachedByAny()
    {
        var reached = new bool[Residents.Count];
        foreach (var (_, context) in _interventions)
            for (var id = 0; id < reached.Length; id++)
                reached[id] |= context.Effort.WasReached(id);
        return reached;
    }
}
