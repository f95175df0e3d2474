using System.Text.RegularExpressions;
using ZorgzameBuurt.Sim.Tests.Cli;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// Issue 15's big world across silos, with real processes (a fixture of its own: redis-server and two silo
/// processes that no other test kills): <c>zbsim run --host orleans --cluster …</c> places the world's resident block
/// grains over both silos and prints exactly what the in-process engine prints for the same world.
/// </summary>
public sealed partial class ProcessClusterRunTests(ProcessClusterFixture cluster) : IClassFixture<ProcessClusterFixture>
{
    private static readonly string[] Run =
        ["run", "rural-deeldorp", "--days", "40", "--seed", "3", "--json", "--block-size", "64", "--mix", "restaurant+call_round",
         "--set", "population.inhabitants=2000"];

    [Fact]
    public void Run_WorldGrainsOverTwoSiloProcesses_JsonEqualsInProcessEngine()
    {
        var (engineExit, engine, engineErr) = CliHarness.Zbsim(CliHarness.Context(), Run);
        Assert.True(engineExit == 0, engineErr);

        using var client = ChildProcess.Start("dotnet", [ProcessClusterFixture.Zbsim, .. Run, "--host", "orleans", "--cluster", cluster.Connection],
            TimeSpan.FromSeconds(120));
        Assert.Equal(0, client.WaitForExit(TimeSpan.FromSeconds(110)));

        var placement = Placement().Match(client.Output);
        Assert.True(placement.Success, client.Output);
        Assert.Equal("32", placement.Groups["blocks"].Value);
        Assert.Equal("2", placement.Groups["silos"].Value);
        Assert.Equal(engine.Trim(), client.StandardOutput.Trim());
    }

    [Fact]
    public void Run_ClusterWithoutOrleansHost_ExitsTwoNamingTheOption()
    {
        var (exit, _, err) = CliHarness.Zbsim(CliHarness.Context(), [.. Run, "--cluster", cluster.Connection]);
        Assert.Equal(2, exit);
        Assert.Contains("--cluster", err, StringComparison.Ordinal);
        Assert.Contains("--host orleans", err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"run: (?<blocks>\d+) resident blocks on (?<silos>\d+) silos: ")]
    private static partial Regex Placement();
}
