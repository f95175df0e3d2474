namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>
/// Streaming count, mean and variance by Welford's algorithm (Welford 1962; Knuth TAOCP vol. 2, 4.2.2):
/// constant memory however many runs are added, and numerically stable when values share a large offset.
/// NaN values (an indicator that was undefined in a run) are not added; they are counted in <see cref="Missing"/>.
/// Not thread-safe: give each worker its own instance and <see cref="Merge"/> them (Chan, Golub &amp; LeVeque 1979).
/// </summary>
public sealed class RunningStats
{
    private double _mean;
    private double _m2;

    /// <summary>Number of (non-NaN) values added.</summary>
    public long Count { get; private set; }

    /// <summary>Number of NaN values offered and skipped.</summary>
    public long Missing { get; private set; }

    /// <summary>The mean; NaN when nothing was added.</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>The sample variance (divisor n − 1); NaN when fewer than two values were added.</summary>
    public double Variance => Count < 2 ? double.NaN : _m2 / (Count - 1);

    /// <summary>The sample standard deviation; NaN when fewer than two values were added.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Smallest value added; NaN when nothing was added.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>Largest value added; NaN when nothing was added.</summary>
    public double Max { get; private set; } = double.NaN;

    public void Add(double value)
    {
        if (double.IsNaN(value))
        {
            Missing++;
            return;
        }
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
        Min = Count == 1 ? value : Math.Min(Min, value);
        Max = Count == 1 ? value : Math.Max(Max, value);
    }

    /// <summary>Adds everything <paramref name="other"/> has seen, as if its values had been added here.</summary>
    public void Merge(RunningStats other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Missing += other.Missing;
        if (other.Count == 0) return;
        if (Count == 0)
        {
            Count = other.Count;
            _mean = other._mean;
            _m2 = other._m2;
            Min = other.Min;
            Max = other.Max;
            return;
        }
        var n = Count + other.Count;
        var delta = other._mean - _mean;
        _mean += delta * other.Count / n;
        _m2 += other._m2 + delta * delta * ((double)Count * other.Count / n);
        Count = n;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>The summary with a Student-t confidence interval at <paramref name="level"/>.</summary>
    public Summary ToSummary(double level = Summary.DefaultLevel) => Summary.Of(this, level);
}
