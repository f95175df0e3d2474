using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Synthesis;

/// <summary>The synthesis reproduces the neighbourhood-analysis figures (S003 Bijlage 9 Table 9) within sampling error.</summary>
public sealed class PopulationSynthesisTests
{
    private const int N = 20_000;

    private static (World World, ZorgzameBuurt.Sim.Spec.PopulationSpec Pop) Build()
    {
        var spec = TestWorlds.Spec(N, s =>
        {
            var p = s.Population;
            p.Aged0To17Pct = 15; p.Aged18To64Pct = 55; p.Aged65PlusPct = 30; p.Aged75PlusOf65PlusPct = 50;
            p.LivingAlone18To64Pct = 20; p.LivingAlone65To74Pct = 30; p.LivingAlone75PlusPct = 45;
            p.RentersPct = 60; p.SocialRentersPct = 25; p.IncreasedAllowancePct = 35; p.ForeignOriginPct = 40;
            p.UnemployedPct = 12; p.ChronicConditionPct = 18; p.AntidepressantPct = 15; p.LivingAlonePct = 45;
        });
        return (TestWorlds.Build(spec), spec.Population);
    }

    private static void Near(double expectedPct, IReadOnlyCollection<int> over, Func<int, bool> has, string what)
    {
        var p = expectedPct / 100;
        var se = Math.Sqrt(p * (1 - p) / over.Count);
        var observed = over.Count(has) / (double)over.Count;
        Assert.True(Math.Abs(observed - p) <= 4 * se + 1e-9, $"{what}: observed {observed:P2}, expected {p:P2} ± {4 * se:P2}");
    }

    [Fact]
    public void Build_AnalysisFigures_EveryMarginalWithinSamplingError()
    {
        var (w, pop) = Build();
        var r = w.Residents;
        var all = Enumerable.Range(0, r.Count).ToArray();
        int[] Band(AgeBand b) => all.Where(i => r.Age[i] == b).ToArray();

        Near(pop.Aged0To17Pct, all, i => r.Age[i] == AgeBand.Age0To17, "aged 0-17");
        Near(pop.Aged18To64Pct, all, i => r.Age[i] == AgeBand.Age18To64, "aged 18-64");
        Near(pop.Aged65PlusPct, all, i => r.Age[i] >= AgeBand.Age65To74, "aged 65+");
        Near(pop.LivingAlone18To64Pct, Band(AgeBand.Age18To64), i => r.Has(i, Traits.LivingAlone), "living alone 18-64");
        Near(pop.LivingAlone65To74Pct, Band(AgeBand.Age65To74), i => r.Has(i, Traits.LivingAlone), "living alone 65-74");
        Near(pop.LivingAlone75PlusPct, Band(AgeBand.Age75Plus), i => r.Has(i, Traits.LivingAlone), "living alone 75+");
        Near(pop.IncreasedAllowancePct, all, i => r.Has(i, Traits.LowIncome), "increased allowance");
        Near(pop.ForeignOriginPct, all, i => r.Has(i, Traits.ForeignOrigin), "foreign origin");
        Near(pop.UnemployedPct, Band(AgeBand.Age18To64), i => r.Has(i, Traits.Unemployed), "unemployed");
        Near(pop.ChronicConditionPct, all, i => r.Has(i, Traits.ChronicCondition), "chronic condition");
        Near(pop.AntidepressantPct, all, i => r.Has(i, Traits.Antidepressant), "antidepressants");
    }

    [Fact]
    public void Build_AnalysisFigures_HouseholdSharesMatch()
    {
        var (w, pop) = Build();
        var r = w.Residents;
        var households = Enumerable.Range(0, r.Count).GroupBy(i => r.Household[i]).Select(g => g.ToArray()).ToArray();
        Near(pop.RentersPct, households.Select((_, k) => k).ToArray(), k => r.Has(households[k][0], Traits.Renter), "renters");
        Near(pop.SocialRentersPct, households.Select((_, k) => k).ToArray(), k => r.Has(households[k][0], Traits.SocialRenter), "social renters");
        var alone = households.Count(h => h.Length == 1) / (double)households.Length;
        Assert.InRange(alone, pop.LivingAlonePct / 100 - 0.03, pop.LivingAlonePct / 100 + 0.03);
        Assert.All(households, h => Assert.All(h, i => Assert.Equal(r.Street[h[0]], r.Street[i])));
    }

    [Fact]
    public void Build_Settlements_ShareOfPopulationApportioned()
    {
        var (w, _) = Build();
        Assert.Equal(14_000, Enumerable.Range(0, N).Count(i => w.Residents.Settlement[i] == 0));
        Assert.Equal(6_000, Enumerable.Range(0, N).Count(i => w.Residents.Settlement[i] == 1));
    }
}
