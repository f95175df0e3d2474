namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// Latin hypercube sample (McKay, Beckman &amp; Conover 1979): n points; each factor's range is cut into n
/// equal strata and every stratum holds exactly one point, the strata of different factors being paired by
/// independent random permutations. Within its stratum a point lies uniformly at random. All draws come from
/// <see cref="Engine.CounterRng"/> keyed by the seed, so the same seed always gives the same design.
/// Labels are "lhs000", "lhs001", ….
/// </summary>
public sealed class LatinHypercubeDesign : IDesign
{
    private readonly Factor[] _factors;

    public LatinHypercubeDesign(IReadOnlyList<Factor> factors, int samples, ulong seed)
    {
        _factors = DesignSupport.CheckFactors(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        Samples = samples;
        Seed = seed;

        var columns = new double[_factors.Length][];
        for (var f = 0; f < _factors.Length; f++)
        {
            var rng = DesignSupport.Stream(seed, f, DesignSupport.LatinHypercubeTag);
            var strata = Enumerable.Range(0, samples).ToArray();
            DesignSupport.Shuffle(strata, ref rng);
            columns[f] = new double[samples];
            for (var i = 0; i < samples; i++)
                columns[f][i] = _factors[f].At((strata[i] + rng.NextDouble()) / samples);
        }

        var points = new DesignPoint[samples];
        for (var i = 0; i < samples; i++)
        {
            var values = new double[_factors.Length];
            for (var f = 0; f < values.Length; f++) values[f] = columns[f][i];
            points[i] = new DesignPoint(i, DesignSupport.Label("lhs", i, samples), _factors, values);
        }
        Points = points;
    }

    public IReadOnlyList<Factor> Factors => _factors;

    public int Samples { get; }

    public ulong Seed { get; }

    public IReadOnlyList<DesignPoint> Points { get; }
}
