using ZorgzameBuurt.Sim.Experiments.Statistics;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Streaming statistics of every end indicator over replications, in the order the indicators first appear.
/// Constant memory per indicator however many runs are added.
/// </summary>
public sealed class IndicatorStats
{
    private readonly Dictionary<string, RunningStats> _stats = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>Runs added.</summary>
    public int Runs { get; private set; }

    /// <summary>Day of the end indicators of the last run added.</summary>
    public int Day { get; private set; }

    public IReadOnlyList<string> Names => _names;

    public void Add(IndicatorSet end)
    {
        ArgumentNullException.ThrowIfNull(end);
        Runs++;
        Day = end.Day;
        foreach (var (name, value) in end.Pairs()) Of(name).Add(value);
    }

    /// <summary>Adds a value of a derived indicator for the run last added.</summary>
    public void AddValue(string name, double value) => Of(name).Add(value);

    /// <summary>The summary (mean, 95% interval) of an indicator; n = 0 when never seen.</summary>
    public Summary Summary(string name, double level = Statistics.Summary.DefaultLevel) =>
        _stats.TryGetValue(name, out var s) ? s.ToSummary(level) : new RunningStats().ToSummary(level);

    public bool Contains(string name) => _stats.ContainsKey(name);

    private RunningStats Of(string name)
    {
        if (!_stats.TryGetValue(name, out var s))
        {
            _stats[name] = s = new RunningStats();
            _names.Add(name);
        }
        return s;
    }
}
