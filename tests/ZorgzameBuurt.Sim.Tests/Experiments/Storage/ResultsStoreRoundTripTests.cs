using System.Collections;
using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Storage;

public sealed class ResultsStoreRoundTripTests : StoreFixture
{
    [Fact]
    public void ReadRuns_AfterSave_EqualToWhatWasWritten()
    {
        var written = new[]
        {
            Run("hub", 1, seed: ulong.MaxValue),            // a seed above long.MaxValue survives the signed column
            Run("baseline", 0),
            Run("baseline", 1, point: new Dictionary<string, double> { ["hub.capacity"] = 12.5, ["x"] = double.NaN }),
            Run("hub", 0, days: 0),                          // empty series
        };
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        foreach (var r in written) Assert.True(store.Save(id, r));

        var read = store.ReadRuns(id).ToList();
        var expected = written.OrderBy(r => r.Mix, StringComparer.Ordinal).ThenBy(r => r.Replication).ToList();
        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < expected.Count; i++) AssertSameRun(expected[i], read[i]);
        Assert.True(double.IsNaN(read[0].End["detection_latency_days.median"]));
    }

    [Fact]
    public void ReadRuns_WithLabel_OnlyThatMix()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        store.Save(id, Run("baseline", 0));
        store.Save(id, Run("hub", 0));
        store.Save(id, Run("hub", 1));
        Assert.Equal([0, 1], store.ReadRuns(id, "hub").Select(r => r.Replication));
    }

    [Fact]
    public void ReadRuns_IsLazyStream_NotAMaterialisedList()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        store.Save(id, Run("a", 0));
        store.Save(id, Run("a", 1));
        var runs = store.ReadRuns(id);
        Assert.False(runs is ICollection);

        // Saving while a reader is part-way through does not block or break either.
        using var e = runs.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.True(store.Save(id, Run("b", 0)));
        Assert.True(e.MoveNext());
        Assert.Equal(1, e.Current.Replication);
    }

    [Fact]
    public void Save_SameRunTwice_SecondIsIgnored()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        Assert.True(store.Save(id, Run("a", 0)));
        Assert.False(store.Save(id, Run("a", 0)));
        var run = Assert.Single(store.ReadRuns(id));
        Assert.Equal(3, run.Series.Count);
    }

    [Fact]
    public void Save_ManyThreads_EveryRunStoredOnce()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        Parallel.For(0, 240, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => store.Save(id, Run("m" + (i % 4), i / 4)));

        var finished = store.FinishedRuns(id);
        Assert.Equal(240, finished.Count);
        Assert.Equal(240, store.ReadRuns(id).Count());
        Assert.Contains(new RunKey("m3", 59), finished);
    }

    [Fact]
    public void Experiments_TwoKeys_BothListedWithTheirInfo()
    {
        using var store = ResultsStore.Open(OutDir);
        var a = store.BeginExperiment(Info("a"));
        var b = store.BeginExperiment(Info("b", ExperimentKind.Sweep));
        Assert.NotEqual(a, b);
        var list = store.Experiments();
        Assert.Equal(["a", "b"], list.Select(x => x.Info.Key));
        Assert.Equal(Info("b", ExperimentKind.Sweep), list[1].Info);
        Assert.Equal(0xFEDC_BA98_7654_3210UL, store.FindExperiment("a")!.Info.RootSeed);
        Assert.Null(store.FindExperiment("missing"));
    }

    [Fact]
    public void Open_CreatesWalDatabaseInNewDirectory()
    {
        var nested = Path.Combine(OutDir, "deeper", "still");
        using (var store = ResultsStore.Open(nested))
        {
            Assert.Equal(Path.Combine(nested, "results.db"), store.DatabasePath);
        }
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(nested, "results.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }
}
