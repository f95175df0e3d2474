using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Storage;

/// <summary>A fresh temporary directory per test, and builders of runs and experiments.</summary>
public abstract class StoreFixture : IDisposable
{
    protected StoreFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "zb-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    protected string Root { get; }

    protected string OutDir => Path.Combine(Root, "out");

    protected static ExperimentInfo Info(string key = "compare-2025", ExperimentKind kind = ExperimentKind.Compare, string hash = "abc123") =>
        new(key, kind, "zb compare buurt.yaml --reps 10", "Buurt Noord", hash, "name: Buurt Noord\n", "0.1.0", 0xFEDC_BA98_7654_3210UL, "{\"reps\":10}");

    protected static IndicatorSet Set(int day, params (string Name, double Value)[] values) =>
        new(day, values.Select(v => new KeyValuePair<string, double>(v.Name, v.Value)).ToList());

    protected static RunResult Run(string label, int rep, ulong seed = 0, IReadOnlyDictionary<string, double>? point = null, int days = 3)
    {
        var series = Enumerable.Range(1, days)
            .Select(d => Set(d, ("lonely_share", 0.1 * d + rep), ("hidden_need_share", 0.05 * d)))
            .ToList();
        var end = Set(days, ("lonely_share", 0.3 + rep), ("detection_latency_days.median", double.NaN), ("cost", 1234.5 + rep));
        return new RunResult(label, rep, seed == 0 ? (ulong)(1000 + rep) : seed, point, end, series);
    }

    protected static void AssertSameRun(RunResult expected, RunResult actual)
    {
        Assert.Equal(expected.Mix, actual.Mix);
        Assert.Equal(expected.Replication, actual.Replication);
        Assert.Equal(expected.Seed, actual.Seed);
        Assert.Equal(expected.Point.OrderBy(p => p.Key), actual.Point.OrderBy(p => p.Key));
        AssertSameSet(expected.End, actual.End);
        Assert.Equal(expected.Series.Count, actual.Series.Count);
        for (var i = 0; i < expected.Series.Count; i++) AssertSameSet(expected.Series[i], actual.Series[i]);
    }

    private static void AssertSameSet(IndicatorSet expected, IndicatorSet actual)
    {
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.Values, actual.Values); // xunit compares NaN equal to NaN
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort clean-up of a temporary directory
        }
        GC.SuppressFinalize(this);
    }
}
