using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Experiments.Journeys;

/// <summary>A resident's journey in one world: her card and history now, and her need episodes. Immutable.</summary>
public sealed record Journey(string Mix, int Day, ResidentHistory History, IReadOnlyList<NeedEpisode> Episodes)
{
    public static Journey Of(World world, string mix, int resident)
    {
        ArgumentNullException.ThrowIfNull(world);
        var history = world.History(resident);
        return new Journey(mix, world.Day, history, NeedEpisode.From(history.Events));
    }

    /// <summary>Days her needs stayed unnoticed in all, up to today.</summary>
    public int HiddenDays => Episodes.Sum(e => e.HiddenDays(Day));
}

/// <summary>
/// The same resident in two worlds that differ only in their interventions (same scenario, same seed): with common
/// random numbers everything that does not depend on the interventions happens alike, so the difference is theirs.
/// </summary>
public sealed record JourneyComparison(int Resident, Journey With, Journey Without)
{
    /// <summary>One paragraph for a class: each world's episodes and the hidden days they add up to.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>
        {
            $"resident {Resident} on day {With.Day}",
            $"with {With.Mix}: {Summary(With)}",
        };
        lines.AddRange(With.Episodes.Select(e => "  " + e.Describe(With.Day)));
        lines.Add($"with {Without.Mix}: {Summary(Without)}");
        lines.AddRange(Without.Episodes.Select(e => "  " + e.Describe(Without.Day)));
        return lines;
    }

    private static string Summary(Journey j) =>
        j.Episodes.Count == 0 ? "no need arose" : $"{j.Episodes.Count} need(s), hidden {j.HiddenDays} days in all";
}
