using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Tests.Engine;

public sealed class CounterRngTests
{
    [Fact]
    public void At_SameKeyAndCounter_SameValueWithoutState()
    {
        var rng = new CounterRng(42);
        var first = rng.NextUInt64();
        var second = rng.NextUInt64();
        Assert.Equal(first, CounterRng.At(42, 0));
        Assert.Equal(second, CounterRng.At(42, 1));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void For_DifferentCoordinates_DifferentStreams()
    {
        var keys = new HashSet<ulong>();
        for (var day = 0; day < 50; day++)
            for (var entity = 0; entity < 50; entity++)
                foreach (var purpose in new[] { StreamPurpose.Act, StreamPurpose.Deliver })
                    Assert.True(keys.Add(CounterRng.KeyOf(1, purpose, entity, day)));
    }

    [Fact]
    public void Fork_ParentDrawsMore_ForkUnchanged()
    {
        var a = new CounterRng(9);
        var b = new CounterRng(9);
        b.NextUInt64();
        b.NextUInt64();
        var fa = a.Fork(3);
        var fb = b.Fork(3);
        Assert.Equal(fa.NextUInt64(), fb.NextUInt64());
    }

    [Fact]
    public void NextDouble_ManyDraws_UniformByChiSquare()
    {
        var rng = new CounterRng(123);
        var bins = new int[20];
        const int n = 200_000;
        for (var i = 0; i < n; i++) bins[(int)(rng.NextDouble() * bins.Length)]++;
        var expected = n / (double)bins.Length;
        var chi = bins.Sum(b => (b - expected) * (b - expected) / expected);
        Assert.True(chi < 43.8, $"chi-square {chi:F1} exceeds the 0.001 critical value for 19 df"); // 43.82
    }

    [Fact]
    public void Poisson_MeanThree_SampleMeanAndVarianceNearThree()
    {
        var rng = new CounterRng(5);
        const int n = 100_000;
        var draws = Enumerable.Range(0, n).Select(_ => (double)rng.Poisson(3)).ToArray();
        var mean = draws.Average();
        var variance = draws.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        Assert.InRange(mean, 2.97, 3.03);
        Assert.InRange(variance, 2.9, 3.1);
    }

    [Fact]
    public void NextInt_Bound_StaysInRange()
    {
        var rng = new CounterRng(77);
        for (var i = 0; i < 10_000; i++) Assert.InRange(rng.NextInt(7), 0, 6);
    }
}
