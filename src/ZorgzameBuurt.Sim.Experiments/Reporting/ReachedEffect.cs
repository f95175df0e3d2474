using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// The effect of a mix where it happens: among the residents its interventions reached, the mean of a per-resident
/// metric in the mix's run against the same residents' mean in the reference run of the same replication (common
/// random numbers: the same people, the same chances). Per replication one pair; over replications the paired mean
/// difference with its 95% interval, and that difference relative to the reference mean (the interval divided by
/// the same mean, treated as known, as for cost-effectiveness). Immutable.
/// </summary>
/// <param name="Mix">The mix.</param>
/// <param name="Metric">Per-resident metric (<see cref="ResidentOutcomes.Metrics"/>).</param>
/// <param name="Reached">Mean number of residents reached per replication.</param>
/// <param name="ReferenceMean">Mean over replications of the reached residents' mean in the reference run.</param>
/// <param name="Difference">Paired difference of the reached residents' means (mix − reference) over replications.</param>
public sealed record ReachedEffect(string Mix, string Metric, double Reached, double ReferenceMean, Summary Difference)
{
    /// <summary>The difference as a fraction of the reference mean (−0.31: 31 % lower); NaN when that mean is 0.</summary>
    public double Relative => ReferenceMean != 0 ? Difference.Mean / ReferenceMean : double.NaN;

    public double RelativeLower => ReferenceMean != 0 ? Math.Min(Difference.Lower / ReferenceMean, Difference.Upper / ReferenceMean) : double.NaN;

    public double RelativeUpper => ReferenceMean != 0 ? Math.Max(Difference.Lower / ReferenceMean, Difference.Upper / ReferenceMean) : double.NaN;

    /// <summary>True when the 95% interval of the difference lies wholly on one side of zero.</summary>
    public bool Excludes0 => Difference.HasInterval && (Difference.Lower > 0 || Difference.Upper < 0);

    /// <summary>Plain words for a metric: "days of unmet need", "loneliness score".</summary>
    public static string MetricLabel(string metric) => metric switch
    {
        "unmet_need_days" => "days of unmet need",
        "loneliness" => "the loneliness score",
        _ => metric.Replace('_', ' '),
    };

    /// <summary>
    /// "Among the 148 residents call_round reached, days of unmet need fell by 31% [24, 38] (per resident 12.0 in
    /// baseline)." The bracket is the 95% interval of the relative change, left out with one replication.
    /// </summary>
    public string Sentence(string reference)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var rel = Relative;
        var verb = !double.IsFinite(rel) || Math.Abs(rel) < 0.0005 ? "did not change" : rel < 0 ? "fell" : "rose";
        var size = verb == "did not change" ? "" : " by " + Math.Abs(rel * 100).ToString(Math.Abs(rel) < 0.1 ? "0.0" : "0", inv) + "%";
        var interval = Difference.HasInterval && double.IsFinite(RelativeLower)
            ? $" [{(RelativeLower * 100).ToString("0.0", inv)}%, {(RelativeUpper * 100).ToString("0.0", inv)}%]{(Excludes0 ? "" : ", an interval that includes no change")}"
            : "";
        return $"Among the {Reached.ToString("N0", inv)} residents {Mix} reached, {MetricLabel(Metric)} {verb}{size}{interval} "
            + $"(per resident: {ReferenceMean.ToString("0.##", inv)} in {reference}, {(ReferenceMean + Difference.Mean).ToString("0.##", inv)} with {Mix}).";
    }

    /// <summary>
    /// The effects of every non-reference mix on every metric, from the runs' stored resident outcomes (replications
    /// below <paramref name="replications"/>); mixes whose runs carry none (older stores, sweeps) are left out.
    /// </summary>
    public static IReadOnlyList<ReachedEffect> FromStore(ResultsStore store, long experimentId, IReadOnlyList<string> mixes, string reference, int replications)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Compute(label => store.ReadResidentOutcomes(experimentId, label), mixes, reference, replications);
    }

    /// <summary>The effects from per-replication resident outcomes given per mix label.</summary>
    public static IReadOnlyList<ReachedEffect> Compute(Func<string, IReadOnlyDictionary<int, ResidentOutcomes>> outcomesOf,
        IReadOnlyList<string> mixes, string reference, int replications)
    {
        ArgumentNullException.ThrowIfNull(outcomesOf);
        ArgumentNullException.ThrowIfNull(mixes);
        var baseline = outcomesOf(reference);
        var effects = new List<ReachedEffect>();
        if (baseline.Count == 0) return effects;
        foreach (var mix in mixes.Where(m => m != reference))
        {
            var runs = outcomesOf(mix);
            for (var metric = 0; metric < ResidentOutcomes.Metrics.Count; metric++)
            {
                var pairs = new PairedDifference();
                var reached = new RunningStats();
                for (var k = 0; k < replications; k++)
                {
                    if (!runs.TryGetValue(k, out var run) || !baseline.TryGetValue(k, out var refRun) || run.Residents != refRun.Residents) continue;
                    double sumMix = 0, sumRef = 0;
                    var n = 0;
                    for (var id = 0; id < run.Residents; id++)
                    {
                        if (!run.Reached[id]) continue;
                        n++;
                        sumMix += run.Values[metric][id];
                        sumRef += refRun.Values[metric][id];
                    }
                    reached.Add(n);
                    if (n > 0) pairs.Add(sumRef / n, sumMix / n);
                }
                if (reached.Count == 0) continue;
                effects.Add(new ReachedEffect(mix, ResidentOutcomes.Metrics[metric], reached.Mean,
                    pairs.Count > 0 ? pairs.Baseline().Mean : double.NaN, pairs.Difference()));
            }
        }
        return effects;
    }
}
