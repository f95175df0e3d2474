namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// One Morris trajectory: k + 1 points, consecutive points differing in exactly one factor by ±Δ of its range.
/// Step i goes from <c>Points[i]</c> to <c>Points[i + 1]</c>, changes factor <c>ChangedFactor[i]</c> by
/// <c>Steps[i]</c> (in units of the factor's range, so ±Δ).
/// </summary>
public sealed class MorrisTrajectory
{
    internal MorrisTrajectory(DesignPoint[] points, int[] changedFactor, double[] steps)
    {
        Points = Array.AsReadOnly(points);
        ChangedFactor = Array.AsReadOnly(changedFactor);
        Steps = Array.AsReadOnly(steps);
    }

    public IReadOnlyList<DesignPoint> Points { get; }

    public IReadOnlyList<int> ChangedFactor { get; }

    public IReadOnlyList<double> Steps { get; }
}
