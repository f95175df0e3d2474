using System.Text.RegularExpressions;
using ZorgzameBuurt.Sim.Cli.Output;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Cli.Output;

public sealed partial class ProgressPrinterClusterTests
{
    private static string Print(RunProgress progress)
    {
        var stderr = new StringWriter();
        new ProgressPrinter(stderr, interactive: false, "compare").Report(progress);
        return stderr.ToString();
    }

    [Fact]
    public void Report_ClusterProgress_EndsWithRunsPerSilo()
    {
        var line = Print(new RunProgress(30, 0, 25, TimeSpan.FromSeconds(10),
            [new SiloRuns("127.0.0.1:11111", 13, 2), new SiloRuns("127.0.0.1:11112", 12, 0)]));

        Assert.EndsWith("[127.0.0.1:11111: 13 done, 2 running; 127.0.0.1:11112: 12 done]" + Environment.NewLine, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InProcessProgress_NoSiloPart()
    {
        Assert.DoesNotContain("[", Print(new RunProgress(10, 0, 10, TimeSpan.FromSeconds(2))), StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterDoc_ProgressExample_IsWhatThePrinterWrites()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "cluster.md"));
        var example = DocExample().Match(doc);
        Assert.True(example.Success, "docs/cluster.md lost its progress example");
        var silos = SiloPart().Matches(example.Groups[1].Value)
            .Select(m => new SiloRuns(m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0))
            .ToList();
        Assert.Equal(2, silos.Count);

        var printed = Print(new RunProgress(40, 0, silos.Sum(s => s.Completed), TimeSpan.FromSeconds(10), silos));

        Assert.Contains(example.Groups[1].Value + Environment.NewLine, printed, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"`(\[127\.0\.0\.1:[^`]*\])`")]
    private static partial Regex DocExample();

    [GeneratedRegex(@"(127\.0\.0\.1:\d+): (\d+) done(?:, (\d+) running)?")]
    private static partial Regex SiloPart();
}
