namespace ZorgzameBuurt.Sim.Indicators;

/// <summary>
/// An ordered, immutable set of named indicator values (MODEL.md §6 names, snake_case). Subgroup values are
/// named <c>indicator.subgroup</c>, e.g. <c>lonely_share.living_alone</c>. Order is stable for a given model
/// version, so the set writes the same bytes every time.
/// </summary>
public sealed class IndicatorSet
{
    private readonly string[] _names;
    private readonly double[] _values;
    private readonly Dictionary<string, int> _index;

    public IndicatorSet(int day, IReadOnlyList<KeyValuePair<string, double>> values)
    {
        Day = day;
        _names = new string[values.Count];
        _values = new double[values.Count];
        _index = new Dictionary<string, int>(values.Count, StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            _names[i] = values[i].Key;
            _values[i] = values[i].Value;
            _index.Add(values[i].Key, i);
        }
    }

    /// <summary>The day (tick) the set was taken at.</summary>
    public int Day { get; }

    public int Count => _names.Length;

    public IReadOnlyList<string> Names => _names;

    public IReadOnlyList<double> Values => _values;

    public double this[string name] =>
        _index.TryGetValue(name, out var i) ? _values[i] : throw new KeyNotFoundException($"No indicator named '{name}'.");

    public bool TryGet(string name, out double value)
    {
        if (_index.TryGetValue(name, out var i)) { value = _values[i]; return true; }
        value = double.NaN;
        return false;
    }

    public IEnumerable<KeyValuePair<string, double>> Pairs()
    {
        for (var i = 0; i < _names.Length; i++) yield return new(_names[i], _values[i]);
    }
}
