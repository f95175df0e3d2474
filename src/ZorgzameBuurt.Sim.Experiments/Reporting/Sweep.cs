using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// A sweep summarised from its runs: every design point's end indicators over replications and, for a Morris
/// design, the elementary effects (μ*, μ, σ) of every varied parameter on every indicator, from the point means.
/// Runs are streamed; memory holds running statistics per point.
/// </summary>
public sealed class Sweep
{
    private Sweep(IDesign design, IReadOnlyList<SweepPointOutcome> points, IReadOnlyList<MorrisEffect> effects)
    {
        Design = design;
        Points = points;
        Effects = effects;
    }

    public IDesign Design { get; }

    /// <summary>One outcome per design point, in design order.</summary>
    public IReadOnlyList<SweepPointOutcome> Points { get; }

    /// <summary>Morris effects for every indicator and factor; empty for other designs.</summary>
    public IReadOnlyList<MorrisEffect> Effects { get; }

    /// <summary>The Morris effects on one indicator, most important (largest μ*) first.</summary>
    public IReadOnlyList<MorrisEffect> EffectsOn(string indicator) =>
        [.. Effects.Where(e => e.Output == indicator).OrderByDescending(e => double.IsNaN(e.MuStar) ? double.NegativeInfinity : e.MuStar)
            .ThenBy(e => e.Factor, StringComparer.Ordinal)];

    public static Sweep FromStore(ResultsStore store, long experimentId, IDesign design, int replications)
    {
        ArgumentNullException.ThrowIfNull(store);
        return From(store.ReadRuns(experimentId), design, replications);
    }

    /// <summary>Summarises runs labelled with design point labels; replications ≥ <paramref name="replications"/> are left out.</summary>
    public static Sweep From(IEnumerable<RunResult> runs, IDesign design, int replications)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(design);
        var byLabel = design.Points.ToDictionary(p => p.Label, p => new SweepPointOutcome(p), StringComparer.Ordinal);
        foreach (var run in runs)
            if (run.Replication < replications && byLabel.TryGetValue(run.Mix, out var point)) point.Levels.Add(run.End);

        var points = design.Points.Select(p => byLabel[p.Label]).ToList();
        IReadOnlyList<MorrisEffect> effects = [];
        if (design is MorrisDesign morris)
        {
            var means = points.ToDictionary(
                p => p.Point.Label,
                p => (IReadOnlyDictionary<string, double>)p.Levels.Names.ToDictionary(n => n, n => p.Levels.Summary(n).Mean, StringComparer.Ordinal),
                StringComparer.Ordinal);
            effects = MorrisAnalysis.Compute(morris, means);
        }
        return new Sweep(design, points, effects);
    }
}

/// <summary>A design point and its end indicators over replications.</summary>
public sealed class SweepPointOutcome(DesignPoint point)
{
    public DesignPoint Point { get; } = point;

    public IndicatorStats Levels { get; } = new();
}
