using System.Text.RegularExpressions;
using ZorgzameBuurt.Sim.Tests.Cli;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Docs;

/// <summary>
/// Every example output in docs/experiments.md sits between <c>&lt;!-- example:NAME --&gt;</c> and
/// <c>&lt;!-- /example --&gt;</c> and is what zbsim prints today for the command shown above it (tiny worlds, so
/// the test is quick). When the model or the output changes, regenerate them all with
/// <c>ZB_UPDATE_DOCS=1 dotnet test tests/ZorgzameBuurt.Sim.Tests --filter FullyQualifiedName~DocExampleTests</c>.
/// </summary>
public sealed partial class DocExampleTests : CliHarness
{
    private const string Doc = "experiments.md";

    private static readonly string[] Tiny = ["--set", "population.inhabitants=400", "--days", "40", "--threads", "1"];

    [Fact]
    public void Experiments_ExampleOutputs_AreWhatZbsimPrintsToday()
    {
        var out1 = Dir("demo");
        string[] compare = ["compare", "--mixes", "baseline;call_round", "--reps", "3", .. Tiny, "--out", out1];
        var compared = Zbsim(compare);
        Assert.Equal(0, compared.Exit);
        var refused = Zbsim(["compare", "--mixes", "baseline;call_round", "--reps", "4", .. Tiny, "--out", out1]);
        var huge = Zbsim(["compare", "--reps", "100000000", .. Tiny]);
        var run = Zbsim(["run", .. Tiny]);
        var morris = Zbsim(["sweep", "--design", "morris", "--samples", "2", "--reps", "1", .. Tiny, "--out", Dir("sweep"),
            "--vary", "parameters.contact.per_day=1..6", "--vary", "parameters.loneliness.threshold=0.5..0.7"]);
        var report = File.ReadAllText(Path.Combine(out1, "report.html"));

        var examples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["run"] = Blocks(run.Out, 0, 2),
            ["compare"] = Blocks(compared.Out, "Ranking on", "Residents with hidden need", "Effects where they happen"),
            ["findings"] = string.Join('\n', Findings().Matches(Section(report, "findings"))
                .Select(m => "- " + System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))),
            ["out-refused"] = refused.Err.Trim(),
            ["huge"] = huge.Err.Trim(),
            ["morris"] = Blocks(morris.Out, "Residents who are lonely"),
        };
        var text = examples.ToDictionary(e => e.Key, e => e.Value.Replace(out1, "out/demo", StringComparison.Ordinal).TrimEnd());

        var path = RepoPaths.Of("docs", Doc);
        var doc = File.ReadAllText(path);
        var updated = Markers().Replace(doc, m => text.TryGetValue(m.Groups["name"].Value, out var now)
            ? $"<!-- example:{m.Groups["name"].Value} -->\n```\n{now}\n```\n<!-- /example -->"
            : m.Value);
        Assert.All(text.Keys, name => Assert.Contains($"<!-- example:{name} -->", doc, StringComparison.Ordinal));
        if (Environment.GetEnvironmentVariable("ZB_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, updated);
            return;
        }
        Assert.True(doc == updated,
            $"docs/{Doc} shows example output zbsim no longer prints. Regenerate with ZB_UPDATE_DOCS=1 dotnet test tests/ZorgzameBuurt.Sim.Tests --filter FullyQualifiedName~DocExampleTests");
    }

    /// <summary>The HTML of the report section with id <paramref name="id"/>.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"report.html has no section '{id}'");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The blank-line separated blocks of <paramref name="output"/> from index <paramref name="first"/> on, <paramref name="count"/> of them.</summary>
    private static string Blocks(string output, int first, int count) =>
        string.Join("\n\n", Split(output).Skip(first).Take(count));

    /// <summary>The blocks whose first line starts with one of <paramref name="starts"/>, in output order.</summary>
    private static string Blocks(string output, params string[] starts) =>
        string.Join("\n\n", Split(output).Where(b => starts.Any(s => b.StartsWith(s, StringComparison.Ordinal))));

    private static IEnumerable<string> Split(string output) =>
        output.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(b => b.Trim('\n')).Where(b => b.Length > 0);

    [GeneratedRegex(@"<!-- example:(?<name>[a-z-]+) -->\n```\n.*?```\n<!-- /example -->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Findings();
}
