using System.Globalization;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// A rough size of an experiment before it starts: runs, resident-days, time and disk. Above <see cref="AskAboveTime"/>
/// or <see cref="AskAboveBytes"/> the command stops (exit 2) unless --yes was given, so a typo such as
/// <c>--reps 100000000</c> does not start months of work. Immutable.
/// </summary>
internal sealed record ExperimentSize(long Runs, double ResidentDays, TimeSpan Time, double Bytes)
{
    /// <summary>
    /// Simulated resident-days per second per core: the engine does about 2-3 million (benchmarks/README.md, a quiet
    /// machine); 1.5 million leaves room for a loaded one.
    /// </summary>
    public const double ResidentDaysPerCoreSecond = 1.5e6;

    /// <summary>Indicators stored per snapshot (about 115, with subgroups) times about 40 bytes a row in SQLite.</summary>
    public const double BytesPerSnapshot = 115 * 40;

    public static readonly TimeSpan AskAboveTime = TimeSpan.FromHours(2);

    public const double AskAboveBytes = 2e9;

    /// <param name="stored">False when nothing is written (run without --out, patterns).</param>
    public static ExperimentSize Estimate(long runs, int residents, int days, int interval, int threads, bool stored)
    {
        var residentDays = (double)runs * residents * days;
        var cores = Math.Max(1, Math.Min(threads, Environment.ProcessorCount));
        var seconds = residentDays / (ResidentDaysPerCoreSecond * cores);
        var snapshots = days / (double)Math.Max(1, interval) + 2;
        var bytes = stored ? runs * snapshots * BytesPerSnapshot : 0;
        return new ExperimentSize(runs, residentDays, TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)), bytes);
    }

    public bool IsLarge => Time > AskAboveTime || Bytes > AskAboveBytes;

    /// <summary>Throws a <see cref="UsageException"/> describing the size when it is large and --yes was not given.</summary>
    public void Confirm(string what, bool yes, TextWriter stderr)
    {
        if (!IsLarge) return;
        var line = $"{what}: {Runs:N0} runs ({ResidentDays:G3} resident-days): about {Duration(Time)} on this machine{(Bytes > 0 ? $" and {Disk(Bytes)} of results" : "")}";
        if (yes)
        {
            stderr.WriteLine($"{line}; starting (--yes).");
            return;
        }
        throw new UsageException($"{line}. That is a lot: add --yes to start it anyway, or ask for fewer replications, mixes, days or residents.");
    }

    public static string Duration(TimeSpan t) => t.TotalDays >= 365 ? $"{t.TotalDays / 365:N0} years"
        : t.TotalDays >= 2 ? $"{t.TotalDays:N0} days"
        : t.TotalHours >= 1 ? $"{t.TotalHours:N1} hours"
        : $"{Math.Max(1, t.TotalMinutes):N0} minutes";

    public static string Disk(double bytes) => bytes >= 1e12 ? (bytes / 1e12).ToString("N1", CultureInfo.InvariantCulture) + " TB"
        : bytes >= 1e9 ? (bytes / 1e9).ToString("N1", CultureInfo.InvariantCulture) + " GB"
        : (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
