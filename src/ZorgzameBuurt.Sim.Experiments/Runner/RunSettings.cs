namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>How long each world runs and how often it reports its indicators (days; 0: only at the end); the residents
/// per block (0: the engine's default; results do not depend on it); the host that runs a world (null: this process,
/// the in-process engine); <see cref="ResidentOutcomes"/>: also keep per-resident outcomes at the end (compare: effects
/// among the reached). Immutable.</summary>
public sealed record RunSettings(int Days, int Interval)
{
    public int Days { get; } = Days >= 1 ? Days : throw new ArgumentOutOfRangeException(nameof(Days), Days, "Days must be at least 1.");

    public int Interval { get; } = Interval >= 0 ? Interval : throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Interval must not be negative.");

    public int BlockSize { get; init; }

    public IRunHost? Host { get; init; }

    public bool ResidentOutcomes { get; init; }
}

/// <summary>Runs one job somewhere (the Orleans grains, a cluster) and returns what <see cref="WorldRun"/> would.</summary>
public interface IRunHost
{
    RunResult Execute(RunJob job, RunSettings settings, InterventionFactory interventions, int threads, CancellationToken cancellation);
}
