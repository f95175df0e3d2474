namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Where an experiment stands: runs in the plan, runs found finished when it started (resumed), runs completed
/// since, and the time taken; on a cluster also the runs per silo. The rate and estimated time left count only
/// this session's runs.
/// </summary>
public readonly record struct RunProgress(int Total, int Skipped, int Completed, TimeSpan Elapsed, IReadOnlyList<SiloRuns>? Silos = null)
{
    /// <summary>Finished runs, resumed ones included.</summary>
    public int Done => Skipped + Completed;

    public int Remaining => Total - Done;

    /// <summary>Runs completed per second in this session; 0 before the first.</summary>
    public double RunsPerSecond => Completed == 0 || Elapsed <= TimeSpan.Zero ? 0 : Completed / Elapsed.TotalSeconds;

    /// <summary>Estimated time to finish at the current rate; null before the first run completes.</summary>
    public TimeSpan? Eta => RunsPerSecond > 0 ? TimeSpan.FromSeconds(Remaining / RunsPerSecond) : null;
}

/// <summary>One silo's share of a cluster experiment: its endpoint, runs it completed and runs it is running now.</summary>
public readonly record struct SiloRuns(string Silo, int Completed, int Running);
