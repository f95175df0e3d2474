using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>Computes μ, μ* and σ of the elementary effects of a <see cref="MorrisDesign"/>.</summary>
public static class MorrisAnalysis
{
    /// <summary>Effects for one output, evaluating <paramref name="response"/> at every design point.</summary>
    public static IReadOnlyList<MorrisEffect> Compute(MorrisDesign design, string output, Func<DesignPoint, double> response)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(response);
        var y = new double[design.Points.Count];
        for (var i = 0; i < y.Length; i++) y[i] = response(design.Points[i]);
        return Effects(design, output, i => y[i]);
    }

    /// <summary>
    /// Effects for every output found in <paramref name="outputsByLabel"/> (design point label → output name → value).
    /// A step whose points lack the output (or have NaN) contributes no effect.
    /// </summary>
    public static IReadOnlyList<MorrisEffect> Compute(
        MorrisDesign design,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> outputsByLabel)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputsByLabel);
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in design.Points)
            if (outputsByLabel.TryGetValue(p.Label, out var outs))
                foreach (var name in outs.Keys)
                    if (seen.Add(name)) names.Add(name);

        var result = new List<MorrisEffect>();
        foreach (var name in names)
        {
            result.AddRange(Effects(design, name, i =>
                outputsByLabel.TryGetValue(design.Points[i].Label, out var outs) && outs.TryGetValue(name, out var v) ? v : double.NaN));
        }
        return result;
    }

    /// <summary>
    /// Effects for every end indicator of <paramref name="runs"/>, whose <see cref="RunResult.Mix"/> is the design
    /// point label; several replications of a point are averaged first. Streams over the runs.
    /// </summary>
    public static IReadOnlyList<MorrisEffect> FromRuns(MorrisDesign design, IEnumerable<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        var acc = new Dictionary<string, Dictionary<string, RunningStats>>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            if (!acc.TryGetValue(run.Mix, out var byName)) acc[run.Mix] = byName = new Dictionary<string, RunningStats>(StringComparer.Ordinal);
            foreach (var (name, value) in run.End.Pairs())
            {
                if (!byName.TryGetValue(name, out var s))
                {
                    byName[name] = s = new RunningStats();
                }
                s.Add(value);
            }
        }
        var means = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (label, byName) in acc)
        {
            var m = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, s) in byName) m[name] = s.Mean;
            means[label] = m;
        }
        return Compute(design, means);
    }

    private static MorrisEffect[] Effects(MorrisDesign design, string output, Func<int, double> y)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        var k = design.Factors.Count;
        var signed = new RunningStats[k];
        var absolute = new RunningStats[k];
        for (var f = 0; f < k; f++)
        {
            signed[f] = new RunningStats();
            absolute[f] = new RunningStats();
        }
        foreach (var t in design.TrajectoryList)
        {
            for (var s = 0; s < k; s++)
            {
                var ee = (y(t.Points[s + 1].Index) - y(t.Points[s].Index)) / t.Steps[s];
                var f = t.ChangedFactor[s];
                signed[f].Add(ee);
                absolute[f].Add(Math.Abs(ee));
            }
        }
        var effects = new MorrisEffect[k];
        for (var f = 0; f < k; f++)
            effects[f] = new MorrisEffect(output, design.Factors[f].Name, signed[f].Mean, absolute[f].Mean, signed[f].StandardDeviation, signed[f].Count);
        return effects;
    }
}
