using System.Text.Json;
using ZorgzameBuurt.Sim.Analysis;

namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed class JourneyCommandTests : CliHarness
{
    private static readonly string[] Short = ["--set", "population.inhabitants=600", "--days", "120"];

    [Fact]
    public void Journey_ResidentWithMixVersusBaseline_PrintsBothWorlds()
    {
        var (exit, output, err) = Zbsim(["journey", "--resident", "5", "--mix", "restaurant+call_round", "--versus", "baseline", .. Short]);
        Assert.True(exit == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("resident 5 on day 120", lines[0]);
        Assert.StartsWith("with restaurant+call_round: ", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("with baseline: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Journey_VersusItself_GivesTheSameJourneyTwice()
    {
        var (exit, output, err) = Zbsim(["journey", "--resident", "9", "--mix", "baseline", "--versus", "baseline", .. Short]);
        Assert.True(exit == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var half = lines.Count / 2;
        Assert.Equal(lines.Take(half), lines.Skip(half));
    }

    [Fact]
    public void Journey_ResidentOutOfRange_ExitsTwoWithTheRange()
    {
        var (exit, _, err) = Zbsim(["journey", "--resident", "600", .. Short]);
        Assert.Equal(2, exit);
        Assert.Contains("--resident: must be between 0 and 599, got 600", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Journey_UnknownMix_ExitsTwoWithoutRunning()
    {
        var (exit, output, err) = Zbsim(["journey", "--resident", "1", "--versus", "restaurnt", .. Short]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("restaurnt", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Json_HasTheNetworkIndicators()
    {
        var (exit, output, err) = Zbsim(["run", "--json", .. Short]);
        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(output);
        foreach (var name in NetworkIndicators.Names) Assert.True(json.RootElement.TryGetProperty(name, out _), $"run --json lacks {name}");
        var distance = json.RootElement.GetProperty(NetworkIndicators.MeanDistanceToHelp).GetDouble();
        Assert.InRange(distance, 1, 10);
    }
}
