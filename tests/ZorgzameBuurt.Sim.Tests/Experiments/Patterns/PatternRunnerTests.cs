using System.Collections.Concurrent;
using ZorgzameBuurt.Sim.Experiments.Patterns;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Indicators.IndicatorNames;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Patterns;

public sealed class PatternRunnerTests
{
    private static readonly Variant Baseline = new("baseline", Mixes.Baseline);
    private static readonly Variant Restaurant = new("restaurant", "restaurant");

    private static Pattern MoreContacts(string id) =>
        new(id, "a restaurant adds contacts", "S000", Contacts, "baseline", "restaurant", [Baseline, Restaurant],
            r => (r.End(Baseline.Label, Contacts), r.End(Restaurant.Label, Contacts)));

    [Fact]
    public void Run_TwoPatternsSharingVariants_RunsEachVariantOncePerReplication()
    {
        var built = new ConcurrentDictionary<string, int>();
        var spec = TestWorlds.Spec(600, s => s.Days = 120);
        var runner = new PatternRunner(spec, 4, (mix, s) =>
        {
            built.AddOrUpdate(mix, 1, (_, n) => n + 1);
            return Mixes.Parse(mix, s);
        });

        var outcomes = runner.Run([MoreContacts("x"), MoreContacts("y")]);

        Assert.Equal(4, built["baseline"]);
        Assert.Equal(4, built["restaurant"]);
        Assert.Equal(outcomes[0].Difference.Mean, outcomes[1].Difference.Mean);
        Assert.True(outcomes[0].Difference.Mean > 0, $"restaurant adds contacts: {outcomes[0].Difference}");
    }

    [Fact]
    public void Run_OneOrTwoThreads_IdenticalOutcomes()
    {
        var spec = TestWorlds.Spec(400, s => s.Days = 60);
        PatternOutcome RunWith(int threads) => new PatternRunner(spec, 3, Mixes.Parse) { Threads = threads }.Run([MoreContacts("x")])[0];

        var one = RunWith(1);
        var two = RunWith(2);

        Assert.Equal(one.A.Mean, two.A.Mean);
        Assert.Equal(one.B.Mean, two.B.Mean);
        Assert.Equal(one.Difference.StandardDeviation, two.Difference.StandardDeviation);
    }

    [Fact]
    public void Run_IdenticalArms_ZeroDifferenceUnderCommonRandomNumbers()
    {
        var twin = new Variant("baseline again", Mixes.Baseline);
        var pattern = new Pattern("z", "no difference", "S000", Contacts, "baseline", "baseline again", [Baseline, twin],
            r => (r.End(Baseline.Label, Contacts), r.End(twin.Label, Contacts)));

        var outcome = new PatternRunner(TestWorlds.Spec(300, s => s.Days = 30), 3, Mixes.Parse).Run([pattern])[0];

        Assert.Equal(0, outcome.Difference.Mean);
        Assert.Equal(0, outcome.Difference.StandardDeviation);
        Assert.False(outcome.Passed);
    }

    [Fact]
    public void Run_OneReplication_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatternRunner(TestWorlds.Spec(300), 1, Mixes.Parse).Run([MoreContacts("x")]));
}
