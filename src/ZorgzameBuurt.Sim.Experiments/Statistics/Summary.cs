using System.Globalization;

namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>
/// n, mean, standard deviation and a Student-t confidence interval for the mean:
/// mean ± t(1 − α/2, n − 1) · sd / √n. With n = 1 the standard deviation and the interval are NaN
/// (one replication says nothing about spread); with n = 0 everything but N is NaN.
/// </summary>
public readonly struct Summary
{
    public const double DefaultLevel = 0.95;

    private Summary(long n, double mean, double sd, double level, double halfWidth)
    {
        N = n;
        Mean = mean;
        StandardDeviation = sd;
        Level = level;
        HalfWidth = halfWidth;
    }

    public long N { get; }

    public double Mean { get; }

    /// <summary>Sample standard deviation (divisor n − 1).</summary>
    public double StandardDeviation { get; }

    /// <summary>Standard error of the mean, sd / √n.</summary>
    public double StandardError => StandardDeviation / Math.Sqrt(N);

    /// <summary>Confidence level of the interval, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>Half the width of the interval, t · sd / √n; NaN when n &lt; 2.</summary>
    public double HalfWidth { get; }

    public double Lower => Mean - HalfWidth;

    public double Upper => Mean + HalfWidth;

    /// <summary>True when the interval is defined (n ≥ 2).</summary>
    public bool HasInterval => !double.IsNaN(HalfWidth);

    /// <summary>The summary of everything <paramref name="stats"/> has seen.</summary>
    public static Summary Of(RunningStats stats, double level = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(stats);
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie strictly between 0 and 1.");
        var n = stats.Count;
        var sd = stats.StandardDeviation;
        var half = n < 2 ? double.NaN : StudentT.TwoSidedCritical(level, n - 1) * sd / Math.Sqrt(n);
        return new Summary(n, stats.Mean, sd, level, half);
    }

    /// <summary>The summary of <paramref name="values"/> (NaN values skipped).</summary>
    public static Summary Of(IEnumerable<double> values, double level = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        var stats = new RunningStats();
        foreach (var v in values) stats.Add(v);
        return Of(stats, level);
    }

    /// <summary>E.g. "0.75 [-0.53, 2.03] (n=10)", or "0.75 [n/a] (n=1)".</summary>
    public override string ToString() => ToString("G4");

    public string ToString(string numberFormat)
    {
        var c = CultureInfo.InvariantCulture;
        var interval = HasInterval
            ? $"[{Lower.ToString(numberFormat, c)}, {Upper.ToString(numberFormat, c)}]"
            : "[n/a]";
        return $"{Mean.ToString(numberFormat, c)} {interval} (n={N.ToString(c)})";
    }
}
