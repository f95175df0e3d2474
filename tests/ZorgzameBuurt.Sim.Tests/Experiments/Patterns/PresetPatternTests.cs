using System.Globalization;
using System.Text;
using ZorgzameBuurt.Sim.Experiments.Patterns;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Patterns;

/// <summary>
/// The patterns on every preset at the test size (2,000 residents, 10 replications, one year: the same as
/// <c>zbsim patterns PRESET --residents 2000 --reps 10</c>). The results must be the ones docs/validation.md states,
/// number for number, so the document always tells the current result; after a model change, regenerate the tables
/// with <c>ZB_UPDATE_VALIDATION=1 dotnet test tests/ZorgzameBuurt.Sim.Tests --filter FullyQualifiedName~PresetPatternTests</c>
/// and explain what changed.
/// </summary>
public sealed class PresetPatternTests
{
    public const int Residents = 2000;
    public const int Replications = 10;

    [Theory]
    [InlineData("rural-deeldorp")]
    [InlineData("urban-mixed")]
    [InlineData("urban-vulnerable")]
    public void Run_Preset_ResultsAreTheOnesDocumented(string preset)
    {
        var spec = ScenarioLoader.Resolve(preset).Spec!;
        ScenarioSize.Resize(spec, Residents);
        var outcomes = new PatternRunner(spec, Replications, Mixes.Parse).Run(PatternCatalogue.For(spec.Days));

        var table = Table(outcomes);
        var path = RepoPaths.Of("docs", "validation.md");
        var begin = $"<!-- patterns:{preset} -->";
        const string end = "<!-- /patterns -->";
        var doc = File.ReadAllText(path);
        var i = doc.IndexOf(begin, StringComparison.Ordinal);
        Assert.True(i >= 0, $"docs/validation.md has no block {begin}");
        var j = doc.IndexOf(end, i, StringComparison.Ordinal);
        var current = doc[(i + begin.Length)..j].Trim('\n');
        if (Environment.GetEnvironmentVariable("ZB_UPDATE_VALIDATION") == "1")
        {
            File.WriteAllText(path, doc[..(i + begin.Length)] + "\n" + table + "\n" + doc[j..]);
            return;
        }
        Assert.True(current == table,
            $"docs/validation.md is stale for {preset}. Regenerate with ZB_UPDATE_VALIDATION=1 dotnet test tests/ZorgzameBuurt.Sim.Tests --filter FullyQualifiedName~PresetPatternTests\nNow:\n{table}");
    }

    private static string Table(IReadOnlyList<PatternOutcome> outcomes)
    {
        var s = new StringBuilder();
        s.Append("| # | A | mean A [95% CI] | B | mean B [95% CI] | B − A [95% CI] | result |\n");
        s.Append("|---|---|---|---|---|---|---|\n");
        foreach (var o in outcomes)
            s.Append(CultureInfo.InvariantCulture, $"| {o.Pattern.Id} | {o.Pattern.LabelA} | {F(o.A)} | {o.Pattern.LabelB} | {F(o.B)} | {F(o.Difference)} | {(o.Passed ? "PASS" : "FAIL")} |\n");
        return s.ToString().TrimEnd('\n');
    }

    private static string F(ZorgzameBuurt.Sim.Experiments.Statistics.Summary s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Mean:G4} [{s.Lower:G4}, {s.Upper:G4}]");
}
