using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Reporting;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Reporting;

public sealed class ReachedEffectTests
{
    /// <summary>
    /// 10 residents; in replication k the baseline has unmet days 10 + id + k and loneliness 0.5. The helper reaches
    /// residents 0-3 (and 4 in odd replications) and halves their unmet days; the rest are as in baseline.
    /// </summary>
    private static IReadOnlyDictionary<int, ResidentOutcomes> Outcomes(string mix, int reps)
    {
        var runs = new Dictionary<int, ResidentOutcomes>();
        for (var k = 0; k < reps; k++)
        {
            var reached = Enumerable.Range(0, 10).Select(id => mix == "helper" && (id < 4 || (id == 4 && k % 2 == 1))).ToArray();
            var unmet = Enumerable.Range(0, 10).Select(id => (float)((10 + id + k) * (reached[id] ? 0.5 : 1))).ToArray();
            var lonely = Enumerable.Repeat(0.5f, 10).ToArray();
            runs[k] = new ResidentOutcomes(reached, [unmet, lonely]);
        }
        return runs;
    }

    [Fact]
    public void Compute_HelperHalvesReachedResidents_EffectIsMinusFiftyPercentAmongThem()
    {
        var effects = ReachedEffect.Compute(label => Outcomes(label, 4), ["baseline", "helper"], "baseline", 4);

        var unmet = Assert.Single(effects, e => e.Metric == "unmet_need_days");
        Assert.Equal("helper", unmet.Mix);
        Assert.Equal(4.5, unmet.Reached, 12);
        Assert.Equal(-0.5, unmet.Relative, 6);
        Assert.True(unmet.Excludes0);
        Assert.True(unmet.RelativeLower <= -0.5 && unmet.RelativeUpper >= -0.5);
        var lonely = Assert.Single(effects, e => e.Metric == "loneliness");
        Assert.Equal(0, lonely.Difference.Mean, 12);
        Assert.False(lonely.Excludes0);
        Assert.Contains("residents helper reached, days of unmet need fell by 50%", unmet.Sentence("baseline"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_RunsWithoutResidentOutcomes_NoEffects()
    {
        var none = new Dictionary<int, ResidentOutcomes>();

        Assert.Empty(ReachedEffect.Compute(_ => none, ["baseline", "helper"], "baseline", 3));
    }

    [Fact]
    public void FromBytes_RoundTrip_SameFlagsAndValues()
    {
        var original = Outcomes("helper", 2)[1];

        var back = ResidentOutcomes.FromBytes(original.ReachedBytes(), [original.ValueBytes(0), original.ValueBytes(1)]);

        Assert.Equal(original.Reached, back.Reached);
        Assert.Equal(original.Values[0], back.Values[0]);
        Assert.Equal(original.Values[1], back.Values[1]);
    }
}
