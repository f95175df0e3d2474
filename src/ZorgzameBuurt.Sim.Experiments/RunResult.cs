using System.Collections.ObjectModel;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments;

/// <summary>
/// The outcome of one simulation run: which intervention mix (or sweep design point) it ran, which
/// replication, the seed it drew from, the parameter values of the design point (empty outside sweeps),
/// the indicators at the end and the indicator series over time. Immutable: inputs are copied.
/// </summary>
public sealed class RunResult
{
    private static readonly IReadOnlyDictionary<string, double> NoPoint =
        new ReadOnlyDictionary<string, double>(new Dictionary<string, double>(0, StringComparer.Ordinal));

    public RunResult(
        string mix,
        int replication,
        ulong seed,
        IReadOnlyDictionary<string, double>? point,
        IndicatorSet end,
        IReadOnlyList<IndicatorSet> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mix);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        ArgumentNullException.ThrowIfNull(end);
        ArgumentNullException.ThrowIfNull(series);

        Mix = mix;
        Replication = replication;
        Seed = seed;
        Point = point is null || point.Count == 0
            ? NoPoint
            : new ReadOnlyDictionary<string, double>(new Dictionary<string, double>(point, StringComparer.Ordinal));
        End = end;
        var copy = new IndicatorSet[series.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = series[i] ?? throw new ArgumentException("Series contains a null set.", nameof(series));
        Series = Array.AsReadOnly(copy);
    }

    /// <summary>The intervention mix name, or the design point label of a sweep.</summary>
    public string Mix { get; }

    /// <summary>The replication number (0-based). Under common random numbers, replication r of every mix uses the same seed.</summary>
    public int Replication { get; }

    /// <summary>The seed the run drew all its random numbers from.</summary>
    public ulong Seed { get; }

    /// <summary>Parameter values of the sweep design point (name or path → value); empty for plain runs and comparisons.</summary>
    public IReadOnlyDictionary<string, double> Point { get; }

    /// <summary>The indicators at the end of the run.</summary>
    public IndicatorSet End { get; }

    /// <summary>The indicators over time, in day order.</summary>
    public IReadOnlyList<IndicatorSet> Series { get; }

    /// <summary>Per-resident outcomes at the end (compare runs only; null otherwise and for runs read without them).</summary>
    public ResidentOutcomes? Residents { get; init; }
}
