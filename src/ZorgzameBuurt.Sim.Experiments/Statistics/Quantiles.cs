namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics: Hyndman &amp; Fan (1996) type 7, the
/// default of R, NumPy and Excel's PERCENTILE.INC. Position h = (n − 1)·p (0-based); the quantile is
/// x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). NaN values are left out. Needs all values in memory (one array
/// of doubles per indicator), unlike <see cref="RunningStats"/>.
/// </summary>
public static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantile of <paramref name="values"/>; NaN when there are no values.</summary>
    public static double Of(IEnumerable<double> values, double p) => Of(values, [p])[0];

    /// <summary>Several quantiles at once (one sort).</summary>
    public static double[] Of(IEnumerable<double> values, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(probabilities);
        var sorted = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(sorted);
        var result = new double[probabilities.Count];
        for (var i = 0; i < result.Length; i++) result[i] = OfSorted(sorted, probabilities[i]);
        return result;
    }

    /// <summary>The median (p = 0.5).</summary>
    public static double Median(IEnumerable<double> values) => Of(values, 0.5);

    /// <summary>The <paramref name="p"/>-quantile of values already sorted ascending (no NaN).</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must lie in [0, 1].");
        if (sorted.Count == 0) return double.NaN;
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Count - 1) return sorted[^1];
        var frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }
}
