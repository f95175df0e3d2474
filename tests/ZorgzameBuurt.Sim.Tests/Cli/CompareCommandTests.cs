using System.Globalization;
using ZorgzameBuurt.Sim.Cli.Commands;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed class CompareCommandTests : CliHarness
{
    [Fact]
    public void Compare_BaselineEquivalentMix_PairedDifferenceIsExactlyZero()
    {
        var dir = Dir("crn");

        var (exit, stdout, _) = Zbsim(["compare", .. Small, "--reps", "3", "--mixes", "baseline;noop", "--out", dir]);

        Assert.Equal(0, exit);
        var rows = SummaryRows(dir).Where(r => r["mix"] == "noop" && r["diff"] != "").ToList();
        Assert.Contains(rows, r => r["indicator"] == "hidden_need_share");
        Assert.Contains(rows, r => r["indicator"] == "lonely_share.living_alone");
        foreach (var r in rows)
        {
            Assert.Equal("0", r["diff"]);
            Assert.Equal("0", r["diff_low"]);
            Assert.Equal("0", r["diff_high"]);
        }
        Assert.Contains("hidden_need_share", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Replications_ShareTheirSeedAcrossMixes()
    {
        var dir = Dir("seeds");

        var (exit, _, _) = Zbsim(["compare", .. Small, "--seed", "9", "--reps", "3", "--mixes", "baseline;noop;noop+idle", "--out", dir]);

        Assert.Equal(0, exit);
        using var store = ResultsStore.Open(dir);
        var id = Assert.Single(store.Experiments()).Id;
        var runs = store.ReadRuns(id).Select(r => (r.Mix, r.Replication, r.Seed)).ToList();
        Assert.Equal(9, runs.Count);
        foreach (var group in runs.GroupBy(r => r.Replication))
        {
            Assert.Equal(3, group.Count());
            Assert.All(group, r => Assert.Equal(ReplicationSeed.For(9, group.Key), r.Seed));
        }
        Assert.Equal(3, runs.Select(r => r.Seed).Distinct().Count());
    }

    [Fact]
    public void Compare_InterruptedThenRerun_SkipsFinishedRunsAndEqualsUninterrupted()
    {
        string[] args = ["compare", .. Small, "--reps", "4", "--mixes", "baseline;noop;noop+idle"];
        var interrupted = Dir("interrupted");
        using var cancel = new CancellationTokenSource();
        var saved = 0;

        var first = Zbsim(Context(cancel.Token, _ => { if (Interlocked.Increment(ref saved) == 5) cancel.Cancel(); }), [.. args, "--out", interrupted]);

        Assert.Equal(ZorgzameBuurt.Sim.Cli.Cli.Interrupted, first.Exit);
        Assert.Contains("run the same command again to resume", first.Err, StringComparison.Ordinal);
        int stored;
        using (var store = ResultsStore.Open(interrupted)) stored = store.FinishedRuns(Assert.Single(store.Experiments()).Id).Count;
        Assert.InRange(stored, 5, 11);

        var recomputed = new List<RunKey>();
        var second = Zbsim(Context(afterRun: r => { lock (recomputed) recomputed.Add(new RunKey(r.Mix, r.Replication)); }), [.. args, "--out", interrupted]);
        var whole = Zbsim([.. args, "--out", Dir("whole")]);

        Assert.Equal(0, second.Exit);
        Assert.Equal(12 - stored, recomputed.Count);
        Assert.Contains($"{stored} of 12 runs already done", second.Err, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(Dir("whole"), "summary.csv")), File.ReadAllText(Path.Combine(interrupted, "summary.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(Dir("whole"), "end_indicators.csv")), File.ReadAllText(Path.Combine(interrupted, "end_indicators.csv")));
        Assert.Equal(whole.Out.Replace(Dir("whole"), "DIR", StringComparison.Ordinal), second.Out.Replace(interrupted, "DIR", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_Finished_WritesReportCsvAndScenario()
    {
        var dir = Dir("files");

        var (exit, stdout, _) = Zbsim(["compare", .. Small, "--reps", "2", "--mixes", "baseline;noop", "--out", dir]);

        Assert.Equal(0, exit);
        foreach (var file in new[] { "results.db", "report.html", "summary.csv", "end_indicators.csv", "series.csv", "scenario.yaml" })
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("noop", html, StringComparison.Ordinal);
        Assert.Contains("Only 2 replications per mix", html, StringComparison.Ordinal);
        Assert.Contains("report.html", stdout, StringComparison.Ordinal);
        Assert.Contains("Who benefits", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_NoOut_ScenarioNameAndEightHexOfTheExperimentKey()
    {
        var info = new ExperimentInfo("compare-0123456789abcdef", ExperimentKind.Compare, "zbsim compare", "rural deeldorp/2", "hash", "", "0.1.0", 1, "{}");

        Assert.Equal(Path.Combine("out", "rural_deeldorp_2-01234567"), Experiment.Folder(null, info));
        Assert.Equal("mine", Experiment.Folder("mine", info));
    }

    [Fact]
    public void Report_StoredComparison_RebuildsReportRankedOnAnotherIndicator()
    {
        var dir = Dir("report");
        Assert.Equal(0, Zbsim(["compare", .. Small, "--reps", "2", "--mixes", "baseline;noop", "--out", dir]).Exit);
        File.Delete(Path.Combine(dir, "report.html"));

        var (exit, stdout, _) = Zbsim(["report", dir, "--rank", "lonely_share"]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(dir, "report.html")));
        Assert.Contains("Ranking on Residents who are lonely (lonely_share, % of residents; lower is better)", stdout, StringComparison.Ordinal);
    }

    /// <summary>Rows of summary.csv as column → text.</summary>
    private static List<Dictionary<string, string>> SummaryRows(string dir)
    {
        var lines = File.ReadAllLines(Path.Combine(dir, "summary.csv"));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    internal static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
