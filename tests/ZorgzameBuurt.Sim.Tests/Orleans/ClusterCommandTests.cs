using ZorgzameBuurt.Sim.Orleans.Hosting;
using ZorgzameBuurt.Sim.Tests.Cli;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// sweep (scenarios changed per design point) and patterns (pattern 6: lockdown shocks added to the scenario) with
/// --cluster on an in-process silo (<see cref="LocalCluster"/>) print and write what they do without it.
/// </summary>
public sealed class ClusterCommandTests : CliHarness
{
    [Fact]
    public async Task SweepAndPatterns_ClusterOfOneLocalSilo_SameOutputAsInProcess()
    {
        await using var silo = await LocalCluster.StartAsync();
        var cluster = silo.Settings.ClientConnection().ToString();
        string[] sweep = ["sweep", "--vary", "parameters.contact.per_day=2..4", "--levels", "2", "--reps", "2", "--days", "30", "--set", "population.inhabitants=300"];
        string[] patterns = ["patterns", "--only", "6", "--reps", "2", "--days", "360", "--residents", "100"];

        var (sweepLocal, _, errLocal) = Zbsim([.. sweep, "--out", Dir("local")]);
        var (sweepCluster, _, errCluster) = Zbsim([.. sweep, "--out", Dir("cluster"), "--cluster", cluster]);
        var (patternsLocal, textLocal, _) = Zbsim([.. patterns, "--threads", "2"]);
        var (patternsCluster, textCluster, errPatterns) = Zbsim([.. patterns, "--cluster", cluster]);

        Assert.True(sweepLocal == 0, errLocal);
        Assert.True(sweepCluster == 0, errCluster);
        var csvs = Directory.GetFiles(Dir("local"), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("sweep_summary.csv", csvs);
        Assert.Equal(csvs, Directory.GetFiles(Dir("cluster"), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(csvs, f => Assert.Equal(File.ReadAllBytes(Path.Combine(Dir("local"), f!)), File.ReadAllBytes(Path.Combine(Dir("cluster"), f!))));
        Assert.Equal(patternsLocal, patternsCluster);
        Assert.True(textLocal.Length > 0 && textLocal == textCluster, errPatterns);
        Assert.Contains("joined with", errPatterns, StringComparison.Ordinal);
    }
}
