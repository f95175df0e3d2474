using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Reporting;

public sealed class ReportNotesTests
{
    /// <summary>
    /// helper vs baseline over 6 replications: hidden need unclear (±0.01 alternating), lonely share 0.02 lower and
    /// mean loneliness 0.01 lower (clear, net), signals lost 30 higher (clear, gap, worse), weak ties 0.001 higher
    /// (clear but the smallest relative change).
    /// </summary>
    private static IEnumerable<RunResult> Runs(string mix)
    {
        for (var k = 0; k < 6; k++)
        {
            var helper = mix == "helper";
            var noise = 0.001 * k;
            var values = new List<KeyValuePair<string, double>>
            {
                new("hidden_need_share", 0.2 + noise + (helper ? (k % 2 == 0 ? 0.01 : -0.01) : 0)),
                new("lonely_share", 0.15 + noise - (helper ? 0.02 + 0.001 * (k % 2) : 0)),
                new("mean_loneliness", 0.5 + noise - (helper ? 0.01 + 0.0005 * (k % 2) : 0)),
                new("signals_lost", 100 + k + (helper ? 30 + k % 2 : 0)),
                new("weak_tie_density", 10 + k + (helper ? 0.001 + 0.0001 * (k % 2) : 0)),
                new("cost_euros", helper ? 1000 : 0),
            };
            yield return new RunResult(mix, k, (ulong)k, null, new IndicatorSet(60, values), []);
        }
    }

    [Fact]
    public void For_ClearEffectsOffTheRankIndicator_ListsEveryOneLargestRelativeChangeFirst()
    {
        var comparison = Comparison.From(Runs, ["baseline", "helper"], "baseline", 6);

        var notes = ReportNotes.For(comparison, IndicatorNames.HiddenNeedShare, 60);

        int At(string text) => notes.ToList().FindIndex(n => n.Contains(text, StringComparison.Ordinal));
        var lonely = At("helper lowered the share of residents who are lonely");
        var signals = At("helper raised signals of need lost");
        var loneliness = At("helper lowered mean loneliness score");
        var ties = At("helper raised weak ties per resident");
        Assert.All(new[] { lonely, signals, loneliness, ties }, i => Assert.True(i >= 0, string.Join("\n", notes)));
        Assert.Contains("a change for the worse", notes[signals], StringComparison.Ordinal);
        Assert.Contains("an improvement", notes[lonely], StringComparison.Ordinal);
        Assert.True(signals < ties && lonely < loneliness && loneliness < ties, string.Join("\n", notes));
        Assert.DoesNotContain(notes, n => n.Contains("helper lowered the share of residents with hidden need", StringComparison.Ordinal));
    }
}
