using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Streaming per-day statistics of a few indicators' time series for each mix: mean and 95% band over replications
/// on every snapshot day. Memory grows with mixes × indicators × snapshot days, not with replications.
/// </summary>
public sealed class SeriesBands
{
    private readonly string[] _indicators;
    private readonly Dictionary<string, Dictionary<string, SortedDictionary<int, RunningStats>>> _byMix = new(StringComparer.Ordinal);

    public SeriesBands(IReadOnlyList<string> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        _indicators = [.. indicators];
    }

    public IReadOnlyList<string> Indicators => _indicators;

    public void Add(string mix, IReadOnlyList<IndicatorSet> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (!_byMix.TryGetValue(mix, out var byIndicator))
            _byMix[mix] = byIndicator = _indicators.ToDictionary(i => i, _ => new SortedDictionary<int, RunningStats>(), StringComparer.Ordinal);
        foreach (var set in series)
            foreach (var name in _indicators)
            {
                if (!set.TryGet(name, out var v)) continue;
                var days = byIndicator[name];
                if (!days.TryGetValue(set.Day, out var s)) days[set.Day] = s = new RunningStats();
                s.Add(v);
            }
    }

    /// <summary>(day, summary over replications) of an indicator for a mix, in day order; empty when unknown.</summary>
    public IReadOnlyList<(int Day, Summary Summary)> Of(string mix, string indicator) =>
        _byMix.TryGetValue(mix, out var byIndicator) && byIndicator.TryGetValue(indicator, out var days)
            ? [.. days.Select(kv => (kv.Key, kv.Value.ToSummary()))]
            : [];
}
