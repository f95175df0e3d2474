using Microsoft.Data.Sqlite;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Storage;

public sealed class ResultsStoreResumeTests : StoreFixture
{
    [Fact]
    public void BeginExperiment_SameKeyAfterReopen_ReturnsSameIdAndSeesFinishedRuns()
    {
        long first;
        using (var store = ResultsStore.Open(OutDir))
        {
            first = store.BeginExperiment(Info());
            store.Save(first, Run("baseline", 0));
            store.Save(first, Run("hub", 3));
        }

        using var reopened = ResultsStore.Open(OutDir);
        var again = reopened.BeginExperiment(Info());
        Assert.Equal(first, again);
        Assert.Equal(new HashSet<RunKey> { new("baseline", 0), new("hub", 3) }, reopened.FinishedRuns(again));
        Assert.True(reopened.IsFinished(again, "hub", 3));
        Assert.False(reopened.IsFinished(again, "hub", 0));
        Assert.False(reopened.IsFinished(again, "Hub", 3));
    }

    [Fact]
    public void BeginExperiment_SameKeyDifferentScenario_RefusesToMix()
    {
        using var store = ResultsStore.Open(OutDir);
        store.BeginExperiment(Info(hash: "one"));
        var e = Assert.Throws<ResultsStoreException>(() => store.BeginExperiment(Info(hash: "two")));
        Assert.Contains("compare-2025", e.Message);
        Assert.Contains("scenario", e.Message);
    }

    [Fact]
    public void BeginExperiment_SameKeyOtherSettings_ResumesAnyway()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        Assert.Equal(id, store.BeginExperiment(Info() with { SettingsJson = "{\"reps\":20}", CommandLine = "zb compare --reps 20" }));
    }

    [Fact]
    public void Save_FailureMidTransaction_LeavesNoPartialRun()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        store.Save(id, Run("baseline", 0));

        store.SaveStageHook = stage =>
        {
            if (stage == "end") throw new IOException("simulated crash after the end indicators were written");
        };
        Assert.Throws<IOException>(() => store.Save(id, Run("baseline", 1)));
        store.SaveStageHook = null;

        Assert.False(store.IsFinished(id, "baseline", 1));
        Assert.Equal((1, 3, 6), Counts(store.DatabasePath));

        // The store is still usable and the run can be saved in full afterwards.
        Assert.True(store.Save(id, Run("baseline", 1)));
        Assert.Equal((2, 6, 12), Counts(store.DatabasePath));
    }

    [Fact]
    public void Save_ProcessDiesMidTransaction_CopyOfFilesHasOnlyFinishedRuns()
    {
        // Snapshot results.db and its WAL at the moment a run is half written — what a killed process leaves
        // on disk — and open the snapshot as a resumed command would.
        var crashDir = Path.Combine(Root, "crashed");
        using (var store = ResultsStore.Open(OutDir))
        {
            var id = store.BeginExperiment(Info());
            store.Save(id, Run("baseline", 0));
            store.SaveStageHook = stage =>
            {
                if (stage != "series") return;
                Directory.CreateDirectory(crashDir);
                foreach (var suffix in new[] { "", "-wal" })
                {
                    var source = store.DatabasePath + suffix;
                    if (File.Exists(source)) File.Copy(source, Path.Combine(crashDir, ResultsStore.FileName + suffix));
                }
                throw new OperationCanceledException("simulated kill");
            };
            Assert.Throws<OperationCanceledException>(() => store.Save(id, Run("hub", 0, days: 500)));
        }

        using var resumed = ResultsStore.Open(crashDir);
        var again = resumed.BeginExperiment(Info());
        Assert.Equal(new HashSet<RunKey> { new("baseline", 0) }, resumed.FinishedRuns(again));
        Assert.Equal((1, 3, 6), Counts(resumed.DatabasePath));
        AssertSameRun(Run("baseline", 0), Assert.Single(resumed.ReadRuns(again)));
    }

    private static (long Runs, long End, long Series) Counts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        long Count(string table)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {table};";
            return (long)cmd.ExecuteScalar()!;
        }
        return (Count("runs"), Count("end_indicators"), Count("series"));
    }
}
