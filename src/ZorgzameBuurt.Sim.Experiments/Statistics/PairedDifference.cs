namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>
/// Paired comparison of an alternative against a baseline over replications that share random numbers
/// (replication r of both used the same seed). The difference is alternative − baseline per pair; its mean
/// and Student-t interval (n − 1 df over the pairs) are the paired t interval. Because both members of a pair
/// see the same chance events, their shared noise cancels and the interval is narrower than comparing two
/// independent means. Streaming: memory stays constant. A pair with a NaN member is skipped.
/// </summary>
public sealed class PairedDifference
{
    private readonly RunningStats _baseline = new();
    private readonly RunningStats _alternative = new();
    private readonly RunningStats _difference = new();

    /// <summary>Number of complete pairs added.</summary>
    public long Count => _difference.Count;

    /// <summary>Pairs skipped because one member was NaN.</summary>
    public long Skipped { get; private set; }

    public void Add(double baseline, double alternative)
    {
        if (double.IsNaN(baseline) || double.IsNaN(alternative))
        {
            Skipped++;
            return;
        }
        _baseline.Add(baseline);
        _alternative.Add(alternative);
        _difference.Add(alternative - baseline);
    }

    /// <summary>Mean of alternative − baseline with its paired t interval.</summary>
    public Summary Difference(double level = Summary.DefaultLevel) => Summary.Of(_difference, level);

    /// <summary>Summary of the baseline members of the pairs.</summary>
    public Summary Baseline(double level = Summary.DefaultLevel) => Summary.Of(_baseline, level);

    /// <summary>Summary of the alternative members of the pairs.</summary>
    public Summary Alternative(double level = Summary.DefaultLevel) => Summary.Of(_alternative, level);

    /// <summary>Pairs element i of <paramref name="baseline"/> with element i of <paramref name="alternative"/>.</summary>
    public static PairedDifference Of(IReadOnlyList<double> baseline, IReadOnlyList<double> alternative)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(alternative);
        if (baseline.Count != alternative.Count)
            throw new ArgumentException($"Paired samples differ in length ({baseline.Count} baseline, {alternative.Count} alternative).", nameof(alternative));
        var d = new PairedDifference();
        for (var i = 0; i < baseline.Count; i++) d.Add(baseline[i], alternative[i]);
        return d;
    }

    /// <summary>
    /// Pairs runs of two mixes by replication number and compares one end indicator. Replications present in
    /// only one of the two are left out; a run lacking the indicator counts as NaN (skipped).
    /// </summary>
    public static PairedDifference OfRuns(IEnumerable<RunResult> baseline, IEnumerable<RunResult> alternative, string indicator)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(alternative);
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        var byReplication = new Dictionary<int, double>();
        foreach (var run in baseline)
        {
            run.End.TryGet(indicator, out var v);
            if (!byReplication.TryAdd(run.Replication, v))
                throw new ArgumentException($"Baseline has replication {run.Replication} twice.", nameof(baseline));
        }
        var d = new PairedDifference();
        var seen = new HashSet<int>();
        foreach (var run in alternative)
        {
            if (!seen.Add(run.Replication))
                throw new ArgumentException($"Alternative has replication {run.Replication} twice.", nameof(alternative));
            if (!byReplication.TryGetValue(run.Replication, out var b)) continue;
            run.End.TryGet(indicator, out var a);
            d.Add(b, a);
        }
        return d;
    }
}
