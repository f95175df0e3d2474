using System.Net;
using System.Text.RegularExpressions;

namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed partial class ServeCommandTests : CliHarness
{
    [Fact]
    public async Task Serve_SmallWorld_PrintsTeacherAndClassLinksAndServesThePageUntilCancelled()
    {
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var serving = Task.Run(() => ZorgzameBuurt.Sim.Cli.Cli.Run(
            ["serve", "--port", "0", "--set", "population.inhabitants=300"], stdout, stderr, Context(stop.Token)));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Match m;
        while (!(m = Link().Match(stdout.ToString())).Success)
        {
            Assert.False(serving.IsCompleted, stderr.ToString());
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), "no links printed");
            await Task.Delay(50);
        }
        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(m.Groups["class"].Value));
        Assert.Contains("<div id=\"network\">", page, StringComparison.Ordinal);
        Assert.StartsWith(m.Groups["class"].Value, m.Groups["teacher"].Value, StringComparison.Ordinal);
        var refused = await http.PostAsync(new Uri(new Uri(m.Groups["class"].Value), "/api/step"), null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Serve_BrokenScenarioFile_ExitsTwoWithLineAndField()
    {
        var file = Dir("broken.yaml");
        File.WriteAllText(file, "name: broken\npopulation:\n  inhabitants: -5\n");
        var (exit, _, err) = Zbsim(["serve", file, "--port", "0"]);
        Assert.Equal(2, exit);
        Assert.Contains("broken.yaml:3:", err, StringComparison.Ordinal);
        Assert.Contains("population.inhabitants", err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"teacher \(controls the world\): (?<teacher>\S+)\s+class \(watch, click residents\): (?<class>\S+)")]
    private static partial Regex Link();
}
