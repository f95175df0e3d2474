namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// How long each world runs and how often it reports its indicators (days; 0: only at the end);
/// <see cref="ResidentOutcomes"/>: also keep per-resident outcomes at the end (compare: effects among the reached).
/// </summary>
public sealed record RunSettings(int Days, int Interval)
{
    public int Days { get; } = Days >= 1 ? Days : throw new ArgumentOutOfRangeException(nameof(Days), Days, "Days must be at least 1.");

    public int Interval { get; } = Interval >= 0 ? Interval : throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Interval must not be negative.");

    public bool ResidentOutcomes { get; init; }
}
