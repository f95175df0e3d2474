using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Storage;

public sealed class ResultsStoreErrorTests : StoreFixture
{
    [Fact]
    public void Open_PathUnderRegularFile_ThrowsNamingPath()
    {
        var file = Path.Combine(Root, "not-a-dir.txt");
        File.WriteAllText(file, "x");
        var outDir = Path.Combine(file, "out");

        var e = Assert.Throws<ResultsStoreException>(() => ResultsStore.Open(outDir));
        Assert.Contains(outDir, e.Message);
        Assert.DoesNotContain(" at ", e.Message); // a message for users, not a stack trace
    }

    [Fact]
    public void Open_ExistingFileIsNotADatabase_ThrowsNamingPathAndReason()
    {
        Directory.CreateDirectory(OutDir);
        var db = Path.Combine(OutDir, ResultsStore.FileName);
        File.WriteAllText(db, new string('z', 4096));

        var e = Assert.Throws<ResultsStoreException>(() => ResultsStore.Open(OutDir));
        Assert.Contains(db, e.Message);
        Assert.Contains("not a SQLite database", e.Message);
    }

    [Fact]
    public void Open_DatabasePathIsADirectory_ThrowsNamingPath()
    {
        Directory.CreateDirectory(Path.Combine(OutDir, ResultsStore.FileName));
        var e = Assert.Throws<ResultsStoreException>(() => ResultsStore.Open(OutDir));
        Assert.Contains(Path.Combine(OutDir, ResultsStore.FileName), e.Message);
    }

    [Fact]
    public void ExportCsv_TargetUnderRegularFile_ThrowsNamingPath()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        var file = Path.Combine(Root, "file");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<ResultsStoreException>(() => store.ExportCsv(id, Path.Combine(file, "csv")));
        Assert.Contains(Path.Combine(file, "csv"), e.Message);
    }
}
