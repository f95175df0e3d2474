namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// Morris (1991) elementary-effects screening design. Each factor's range is mapped to a p-level grid
/// {0, 1/(p−1), …, 1}; the step is Δ = p / (2(p − 1)) of the range (p/2 grid steps, e.g. 2/3 for p = 4), so that
/// every level is equally likely to be visited. Each of r trajectories starts at a random grid point and changes
/// the k factors one at a time, in a random order and in a random direction, by ±Δ: k + 1 points per trajectory,
/// r(k + 1) in all. p must be even (for odd p, Δ falls between grid levels). All draws come from
/// <see cref="Engine.CounterRng"/> keyed by the seed. Labels are "t00.s0" (trajectory, step).
/// </summary>
public sealed class MorrisDesign : IDesign
{
    private readonly Factor[] _factors;

    public MorrisDesign(IReadOnlyList<Factor> factors, int trajectories, int levels, ulong seed)
    {
        _factors = DesignSupport.CheckFactors(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris designs need an even number of levels p ≥ 2 (4 is usual).");
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;
        Delta = levels / (2.0 * (levels - 1));

        var k = _factors.Length;
        var jump = levels / 2;
        var all = new DesignPoint[trajectories * (k + 1)];
        var list = new MorrisTrajectory[trajectories];
        for (var t = 0; t < trajectories; t++)
        {
            var rng = DesignSupport.Stream(seed, t, DesignSupport.MorrisTag);
            var order = Enumerable.Range(0, k).ToArray();
            DesignSupport.Shuffle(order, ref rng);
            var level = new int[k];
            var up = new bool[k];
            for (var f = 0; f < k; f++)
            {
                var low = rng.NextInt(jump);
                up[f] = rng.Chance(0.5);
                level[f] = up[f] ? low : low + jump;
            }

            var points = new DesignPoint[k + 1];
            var changed = new int[k];
            var steps = new double[k];
            for (var s = 0; s <= k; s++)
            {
                if (s > 0)
                {
                    var f = order[s - 1];
                    level[f] += up[f] ? jump : -jump;
                    changed[s - 1] = f;
                    steps[s - 1] = up[f] ? Delta : -Delta;
                }
                var values = new double[k];
                for (var f = 0; f < k; f++) values[f] = _factors[f].At((double)level[f] / (levels - 1));
                var index = t * (k + 1) + s;
                var label = DesignSupport.Label("t", t, trajectories) + "." + DesignSupport.Label("s", s, k + 1);
                points[s] = all[index] = new DesignPoint(index, label, _factors, values);
            }
            list[t] = new MorrisTrajectory(points, changed, steps);
        }
        Points = all;
        TrajectoryList = list;
    }

    public IReadOnlyList<Factor> Factors => _factors;

    /// <summary>r, the number of trajectories.</summary>
    public int Trajectories { get; }

    /// <summary>p, the number of grid levels per factor.</summary>
    public int Levels { get; }

    /// <summary>Δ = p / (2(p − 1)), the step as a fraction of each factor's range.</summary>
    public double Delta { get; }

    public ulong Seed { get; }

    /// <summary>All r(k + 1) points, trajectory by trajectory.</summary>
    public IReadOnlyList<DesignPoint> Points { get; }

    public IReadOnlyList<MorrisTrajectory> TrajectoryList { get; }
}
