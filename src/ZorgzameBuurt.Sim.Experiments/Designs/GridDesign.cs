namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// Full factorial grid: each factor takes its levels evenly spaced from Min to Max (a single level is the
/// midpoint) and every combination is a point. The last factor varies fastest. Labels are "g000", "g001", ….
/// </summary>
public sealed class GridDesign : IDesign
{
    /// <summary>Refuse grids beyond this many points (the product of levels grows fast).</summary>
    public const int MaxPoints = 1_000_000;

    private readonly Factor[] _factors;
    private readonly int[] _levels;

    public GridDesign(IReadOnlyList<Factor> factors, int levelsPerFactor)
        : this(factors, Enumerable.Repeat(levelsPerFactor, factors?.Count ?? 0).ToArray())
    {
    }

    public GridDesign(IReadOnlyList<Factor> factors, IReadOnlyList<int> levels)
    {
        _factors = DesignSupport.CheckFactors(factors);
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count != _factors.Length)
            throw new ArgumentException($"Got {levels.Count} level counts for {_factors.Length} factors.", nameof(levels));
        _levels = levels.ToArray();
        long count = 1;
        for (var i = 0; i < _levels.Length; i++)
        {
            if (_levels[i] < 1) throw new ArgumentOutOfRangeException(nameof(levels), $"Factor '{_factors[i].Name}' needs at least one level.");
            count *= _levels[i];
            if (count > MaxPoints) throw new ArgumentException($"The grid would have more than {MaxPoints:N0} points.", nameof(levels));
        }
        Points = Build((int)count);
    }

    public IReadOnlyList<Factor> Factors => _factors;

    /// <summary>Number of levels of each factor, in factor order.</summary>
    public IReadOnlyList<int> Levels => _levels;

    public IReadOnlyList<DesignPoint> Points { get; }

    /// <summary>Level <paramref name="level"/> of factor <paramref name="factor"/>.</summary>
    public double LevelValue(int factor, int level)
    {
        var f = _factors[factor];
        var n = _levels[factor];
        if (level < 0 || level >= n) throw new ArgumentOutOfRangeException(nameof(level));
        return n == 1 ? f.At(0.5) : f.At((double)level / (n - 1));
    }

    private DesignPoint[] Build(int count)
    {
        var points = new DesignPoint[count];
        var index = new int[_factors.Length];
        for (var p = 0; p < count; p++)
        {
            var values = new double[_factors.Length];
            for (var f = 0; f < values.Length; f++) values[f] = LevelValue(f, index[f]);
            points[p] = new DesignPoint(p, DesignSupport.Label("g", p, count), _factors, values);
            for (var f = _factors.Length - 1; f >= 0; f--)
            {
                if (++index[f] < _levels[f]) break;
                index[f] = 0;
            }
        }
        return points;
    }
}
