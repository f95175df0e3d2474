namespace ZorgzameBuurt.Sim.Tests.Cli.Reliability;

/// <summary>Answers a planner reads without a glossary: labels with keys and units, readable ratios, effects where they happen.</summary>
public sealed class PlainAnswerTests : CliHarness
{
    [Fact]
    public void Run_OneAndThreeReplications_TablesWithLabelsKeysAndUnits()
    {
        var one = Zbsim(["run", .. Small]);
        var three = Zbsim(["run", "--reps", "3", .. Small]);

        Assert.Equal(0, one.Exit);
        Assert.Matches(@"Days of unmet need +unmet_need_days +[\d,]+ days", one.Out);
        Assert.Matches(@"Residents with hidden need +hidden_need_share +[\d.]+%", one.Out);
        Assert.Contains("Gap between need and help", one.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(".vulnerable", one.Out, StringComparison.Ordinal);
        Assert.Equal(0, three.Exit);
        Assert.Contains("Mean over 3 replications", three.Out, StringComparison.Ordinal);
        Assert.Matches(@"Days of unmet need +unmet_need_days +[\d,]+ days \[[\d,.]+, [\d,.]+\]", three.Out);
    }

    [Fact]
    public void Compare_CallRound_PerTenThousandEurosPerHundredHoursAndEffectsAmongTheReached()
    {
        var (exit, stdout, _) = Zbsim(["compare", "--mixes", "baseline;call_round", "--reps", "3", .. Small, "--out", Dir("out")]);

        Assert.Equal(0, exit);
        Assert.Contains("per EUR 10,000", stdout, StringComparison.Ordinal);
        Assert.Contains("per 100 h (paid+volunteer)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cost_euros: cost euros", stdout, StringComparison.Ordinal);
        Assert.Contains("Cost (cost_euros, EUR; lower is better)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Among the \d+ residents call_round reached, days of unmet need (fell|rose|did not change)", stdout);
        var reached = File.ReadAllLines(Path.Combine(Dir("out"), "reached.csv"));
        Assert.Equal("mix,metric,residents_reached,reference_mean,diff,diff_low,diff_high,relative,relative_low,relative_high", reached[0]);
        Assert.Equal(3, reached.Length);
        Assert.Contains("Effects where they happen", File.ReadAllText(Path.Combine(Dir("out"), "report.html")), StringComparison.Ordinal);
        Assert.Contains("per_10000_euros", File.ReadLines(Path.Combine(Dir("out"), "summary.csv")).First(), StringComparison.Ordinal);
    }
}
