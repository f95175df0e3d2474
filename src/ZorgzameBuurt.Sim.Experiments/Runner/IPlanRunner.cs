using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Runs the unfinished jobs of a plan and hands each finished run to a sink, one call at a time: in this process
/// (<see cref="ExperimentRunner"/>) or on an Orleans cluster (<see cref="ClusterRunner"/>). Every run is a pure
/// function of its scenario, mix and seed, so both give the same results.
/// </summary>
public interface IPlanRunner
{
    /// <summary>
    /// Runs every job of <paramref name="plan"/> not in <paramref name="finished"/>; <paramref name="onFinished"/> gets
    /// each completed run (one call at a time, in completion order) and <paramref name="progress"/> is told after each.
    /// Cancellation stops the work; runs completed before are kept.
    /// </summary>
    RunnerOutcome Run(RunPlan plan, IReadOnlySet<RunKey> finished, Action<RunResult> onFinished,
        IProgress<RunProgress>? progress = null, CancellationToken cancellation = default);
}
