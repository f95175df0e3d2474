using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Storage;

public sealed class ResultsStoreCsvTests : StoreFixture
{
    [Fact]
    public void ExportCsv_LabelsWithCommaQuoteNewline_QuotedPerRfc4180()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        store.Save(id, new RunResult("hub, \"groot\"", 0, 7, null, Set(30, ("a", 0.5)), []));
        store.Save(id, new RunResult("line\nbreak", 1, 8, null, Set(30, ("a", -2.25)), []));
        store.Save(id, new RunResult("plain", 2, 9, null, Set(30, ("a", 1e-7)), []));

        store.ExportCsv(id, Path.Combine(Root, "csv"));

        var text = File.ReadAllText(Path.Combine(Root, "csv", "end_indicators.csv"));
        Assert.Equal(
            "label,replication,seed,a\r\n" +
            "\"hub, \"\"groot\"\"\",0,7,0.5\r\n" +
            "\"line\nbreak\",1,8,-2.25\r\n" +
            "plain,2,9,1E-07\r\n",
            text);
    }

    [Fact]
    public void ExportCsv_RunsWithDifferentIndicators_WideUnionWithEmptyCellsAndNaN()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        store.Save(id, new RunResult("b", 0, 1, null, Set(10, ("x", 1), ("y", double.NaN)), []));
        store.Save(id, new RunResult("a", 0, 2, null, Set(10, ("x", 2), ("z", double.PositiveInfinity)), []));

        store.ExportCsv(id, Path.Combine(Root, "csv"));

        var lines = File.ReadAllText(Path.Combine(Root, "csv", "end_indicators.csv")).Split("\r\n");
        // Columns in canonical order (runs by label, then each run's own order), not in the order the runs were saved.
        Assert.Equal(["label,replication,seed,x,z,y", "a,0,2,2,Inf,", "b,0,1,1,,NaN", ""], lines);
    }

    [Fact]
    public void ExportCsv_Series_LongFormatOrderedByLabelReplicationDay()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info());
        store.Save(id, Run("hub", 0, days: 2));
        store.Save(id, Run("base", 1, days: 1));

        var files = store.ExportCsv(id, Path.Combine(Root, "csv"));

        Assert.Equal(2, files.Count); // no points.csv outside sweeps
        var lines = File.ReadAllText(Path.Combine(Root, "csv", "series.csv")).Split("\r\n");
        Assert.Equal(
            [
                "label,replication,day,name,value",
                "base,1,1,lonely_share,1.1",
                "base,1,1,hidden_need_share,0.05",
                "hub,0,1,lonely_share,0.1",
                "hub,0,1,hidden_need_share,0.05",
                "hub,0,2,lonely_share,0.2",
                "hub,0,2,hidden_need_share,0.1",
                "",
            ],
            lines);
    }

    [Fact]
    public void ExportCsv_Sweep_WritesPointsCsv()
    {
        using var store = ResultsStore.Open(OutDir);
        var id = store.BeginExperiment(Info("sweep", ExperimentKind.Sweep));
        store.Save(id, Run("g1", 0, point: new Dictionary<string, double> { ["hub.capacity"] = 20, ["share"] = 0.1 }));
        store.Save(id, Run("g1", 1, point: new Dictionary<string, double> { ["hub.capacity"] = 20, ["share"] = 0.1 }));
        store.Save(id, Run("g0", 0, point: new Dictionary<string, double> { ["hub.capacity"] = 10, ["share"] = 0.1 }));

        var files = store.ExportCsv(id, Path.Combine(Root, "csv"));

        Assert.Equal(3, files.Count);
        var lines = File.ReadAllText(Path.Combine(Root, "csv", "points.csv")).Split("\r\n");
        Assert.Equal(["label,hub.capacity,share", "g0,10,0.1", "g1,20,0.1", ""], lines);
        Assert.False(File.Exists(Path.Combine(Root, "csv", "points.csv.tmp")));
    }
}
