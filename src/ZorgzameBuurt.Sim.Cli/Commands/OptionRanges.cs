namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// The allowed range of every numeric option, in one place, checked before any work starts. Each check throws a
/// <see cref="UsageException"/> naming the option, the range and the value. Immutable.
/// </summary>
internal static class OptionRanges
{
    /// <summary>Most threads accepted: four per core (beyond the core count the simulation only gets slower).</summary>
    public static int MaxThreads => 4 * Environment.ProcessorCount;

    public const int MaxReps = 100_000_000;

    public const int MaxDays = 36_500;

    public const int MinResidents = 100;

    public const int MaxResidents = 2_000_000;

    public const int MaxSamples = 100_000;

    public const int MaxLevels = 1_000;

    public static int Threads(int value) =>
        Check(value, "--threads", 1, MaxThreads, $" (4 x the {Environment.ProcessorCount} cores of this machine; more threads than cores only slow the simulation down)");

    public static int Reps(int value) => Check(value, "--reps", 1, MaxReps);

    public static int Days(int value) => Check(value, "--days", 1, MaxDays);

    public static int Residents(int value) => Check(value, "--residents", MinResidents, MaxResidents);

    public static int Samples(int value, int min = 1) => Check(value, "--samples", min, MaxSamples);

    public static int Levels(int value, int min = 1) => Check(value, "--levels", min, MaxLevels);

    /// <summary><paramref name="value"/> when it lies in [<paramref name="min"/>, <paramref name="max"/>], else a usage error.</summary>
    public static int Check(int value, string option, int min, int max, string why = "") =>
        value >= min && value <= max
            ? value
            : throw new UsageException($"{option}: must be between {min:N0} and {max:N0}{why}, got {value:N0}.");
}
