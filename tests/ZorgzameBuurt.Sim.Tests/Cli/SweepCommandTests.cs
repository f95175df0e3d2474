using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed class SweepCommandTests : CliHarness
{
    private static readonly string[] Tiny = ["--set", "population.inhabitants=300", "--days", "30", "--threads", "2", "--reps", "1"];

    [Fact]
    public void Sweep_Morris_PrintsMuStarForEachVariedParameterAndWritesMorrisCsv()
    {
        var dir = Dir("morris");

        var (exit, stdout, _) = Zbsim(["sweep", .. Tiny, "--design", "morris", "--samples", "2",
            "--vary", "parameters.contact.per_day=1..6", "--vary", "parameters.needs.hazard=0.0005..0.005", "--out", dir]);

        Assert.Equal(0, exit);
        Assert.Contains("mu*", stdout, StringComparison.Ordinal);
        foreach (var output in new[] { "hidden_need_share", "unmet_need_days", "lonely_share" })
            Assert.Contains("(" + output, stdout, StringComparison.Ordinal);
        var morris = File.ReadAllLines(Path.Combine(dir, "morris.csv"));
        Assert.Equal("indicator,parameter,mu_star,mu,sigma,n", morris[0]);
        foreach (var factor in new[] { "parameters.contact.per_day", "parameters.needs.hazard" })
        {
            var row = Assert.Single(morris, l => l.StartsWith($"hidden_need_share,{factor},", StringComparison.Ordinal));
            var muStar = double.Parse(row.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(muStar >= 0, row);
            Assert.EndsWith(",2", row, StringComparison.Ordinal);
        }
        using var store = ResultsStore.Open(dir);
        var id = Assert.Single(store.Experiments()).Id;
        Assert.Equal(2 * 3, store.FinishedRuns(id).Count);
    }

    [Fact]
    public void Sweep_Grid_AppliesPointValuesToTheScenario()
    {
        var dir = Dir("grid");

        var (exit, stdout, _) = Zbsim(["sweep", .. Tiny, "--levels", "2", "--vary", "population.inhabitants=300..600", "--out", dir]);

        Assert.Equal(0, exit);
        Assert.Contains("g0", stdout, StringComparison.Ordinal);
        using var store = ResultsStore.Open(dir);
        var id = Assert.Single(store.Experiments()).Id;
        var residents = store.ReadRuns(id).ToDictionary(r => r.Point["population.inhabitants"], r => r.End["residents"]);
        Assert.Equal(2, residents.Count);
        Assert.True(residents[600] > residents[300] * 1.5, $"{residents[300]} vs {residents[600]}");
        Assert.True(File.Exists(Path.Combine(dir, "points.csv")));
        Assert.True(File.Exists(Path.Combine(dir, "sweep_summary.csv")));
        Assert.False(File.Exists(Path.Combine(dir, "morris.csv")));
    }
}
