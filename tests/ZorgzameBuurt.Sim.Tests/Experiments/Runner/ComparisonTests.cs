using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Runner;

public sealed class ComparisonTests
{
    /// <summary>
    /// baseline: hidden need 0.20 + 0.01·k in replication k (shared noise); helper: 0.03 lower in every replication,
    /// 0.05 lower among the vulnerable, €2,000 and 50 + 30 staff hours; lonely 0.15 in both.
    /// </summary>
    private static IEnumerable<RunResult> Runs(string mix, int reps = 5)
    {
        for (var k = 0; k < reps; k++)
        {
            var helper = mix == "helper";
            var hidden = 0.20 + 0.01 * k - (helper ? 0.03 : 0);
            var values = new List<KeyValuePair<string, double>>
            {
                new("hidden_need_share", hidden),
                new("lonely_share", 0.15 + 0.001 * k),
                new("cost_euros", helper ? 2000 : 0),
                new("professional_hours", helper ? 50 : 0),
                new("volunteer_hours", helper ? 30 : 0),
                new("hidden_need_share.vulnerable", hidden - (helper ? 0.02 : 0)),
                new("hidden_need_share.not_vulnerable", hidden + (helper ? 0.02 : 0)),
            };
            if (helper) values.Add(new("helper.cost_euros", 2000));
            var series = new[] { 30, 60 }.Select(d => new IndicatorSet(d, [new("hidden_need_share", hidden * d / 60), new("lonely_share", 0.15)])).ToList();
            yield return new RunResult(mix, k, (ulong)k, null, new IndicatorSet(60, values), series);
        }
    }

    private static Comparison Compare(int reps = 5) =>
        Comparison.From(label => Runs(label, reps), ["baseline", "helper"], "baseline", reps);

    [Fact]
    public void From_PairedRuns_DifferenceIsExactAndIntervalCollapses()
    {
        var c = Compare();

        var d = c["helper"].Difference("hidden_need_share")!.Value;
        Assert.Equal(-0.03, d.Mean, 12);
        Assert.Equal(0, d.StandardDeviation, 12);
        Assert.Equal(5, d.N);
        Assert.Null(c["baseline"].Difference("hidden_need_share"));
        Assert.Equal(0.22 - 0.03, c["helper"].Level("hidden_need_share").Mean, 12);
        Assert.True(c["helper"].Level("hidden_need_share").HalfWidth > 0.01);
    }

    [Fact]
    public void CostEffectiveness_ExtraCostAndStaffHours_ChangePerThousandEurosAndPerHour()
    {
        var ce = Compare()["helper"].CostEffectiveness("hidden_need_share")!.Value;

        Assert.Equal(-0.03 / 2.0, ce.PerThousandEuros.Estimate, 12);
        Assert.Equal(-0.03 / 80, ce.PerStaffHour.Estimate, 12);
        Assert.Equal(80, ce.MeanExtraStaffHours, 12);
    }

    [Fact]
    public void From_MoreRunsThanReplications_LeavesTheRestOut()
    {
        var c = Comparison.From(label => Runs(label, 5), ["baseline", "helper"], "baseline", 3);

        Assert.Equal(3, c.Replications);
        Assert.Equal(0.21, c["baseline"].Level("hidden_need_share").Mean, 12);
    }

    [Fact]
    public void Build_Report_RanksSeriesSubgroupsAndNotesFromTheNumbers()
    {
        var header = new ReportHeader("t", "buurt", "abc", "0.1.0", DateTimeOffset.UnixEpoch, 60);

        var model = CompareReport.Build(Compare(), header, "hidden_need_share");

        model.Validate();
        Assert.Equal("helper", model.RankedMixes()[0].Mix);
        Assert.True(model.LowerIsBetter);
        var helper = model.Mixes.Single(m => m.Mix == "helper");
        Assert.Equal(-0.03, helper.DiffVsBaseline!.Value, 12);
        Assert.Equal(-0.015, helper.EffectPer1000Euros!.Value, 12);
        Assert.Equal(2, model.Series.Length);
        Assert.Equal([30, 60], model.Series[0].Mixes[0].Points.Select(p => p.Day));
        Assert.Contains(model.SubgroupEffects, e => e is { Indicator: "hidden_need_share", Subgroup: "vulnerable", Mix: "helper" } && Math.Abs(e.Diff + 0.05) < 1e-12);
        var note = Assert.Single(model.Notes, n => n.StartsWith("helper lowered", StringComparison.Ordinal));
        Assert.Contains("3.0 pp", note, StringComparison.Ordinal);
        Assert.Contains("€2,000", note, StringComparison.Ordinal);
        Assert.Contains(model.Notes, n => n.StartsWith("Who benefits", StringComparison.Ordinal) && n.Contains("vulnerable residents", StringComparison.Ordinal));
        Assert.DoesNotContain(model.Notes, n => n.StartsWith("Only", StringComparison.Ordinal));
        Assert.Contains("helper lowered", ReportWriter.Render(model), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_FewReplicationsAndNoClearEffect_SaySo()
    {
        var c = Comparison.From(label => Runs("baseline", 2).Select(r => new RunResult(label, r.Replication, r.Seed, null, r.End, r.Series)),
            ["baseline", "same"], "baseline", 2);

        var notes = ReportNotes.For(c, "hidden_need_share", 60);

        Assert.Contains(notes, n => n.StartsWith("Only 2 replications", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("No mix clearly changed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hidden_need_share", true)]
    [InlineData("lonely_share.living_alone", true)]
    [InlineData("needs_resolved", false)]
    [InlineData("restaurant.cost_euros", true)]
    [InlineData("contacts", null)]
    public void LowerIsBetter_Indicator_Direction(string name, bool? expected) =>
        Assert.Equal(expected, IndicatorDirection.LowerIsBetter(name));
}
