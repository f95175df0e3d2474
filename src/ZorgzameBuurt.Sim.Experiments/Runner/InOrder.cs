namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Passes runs on in plan order although they finish in any order, holding back only the runs that finished early
/// (about one per worker), so a streaming consumer sums them in the same order whatever the scheduling and gets the
/// same floating-point result every time. Not thread-safe: <see cref="ExperimentRunner"/> calls its sink serially.
/// </summary>
public sealed class InOrder(Func<RunResult, int> indexOf, Action<RunResult> next)
{
    private readonly SortedDictionary<int, RunResult> _early = [];
    private int _next;

    public void Add(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var index = indexOf(run);
        if (index < _next || !_early.TryAdd(index, run)) throw new InvalidOperationException($"Run {index} was passed twice.");
        while (_early.Remove(_next, out var ready))
        {
            next(ready);
            _next++;
        }
    }

    /// <summary>Runs finished but waiting for an earlier one.</summary>
    public int Waiting => _early.Count;
}
