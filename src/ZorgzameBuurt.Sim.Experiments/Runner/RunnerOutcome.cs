namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>What an <see cref="ExperimentRunner"/> did: the final progress, and whether it was cancelled before the end.</summary>
public sealed record RunnerOutcome(RunProgress Progress, bool Cancelled)
{
    /// <summary>True when every run of the plan is finished (now or before).</summary>
    public bool IsComplete => !Cancelled && Progress.Remaining == 0;
}
