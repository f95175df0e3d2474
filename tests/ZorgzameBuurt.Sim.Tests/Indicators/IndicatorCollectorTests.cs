using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Indicators;

public sealed class IndicatorCollectorTests
{
    public static readonly string[] ModelNames =
    [
        "hidden_need_share", "unmet_need_days", "detection_latency_days", "signals_lost", "referral_success_rate",
        "needs_resolved", "rights_not_taken_up", "lonely_share", "mean_loneliness", "isolated_share",
        "weak_tie_density", "latent_support_share", "inclusive_roles", "partnership_density",
        "volunteer_hours", "professional_hours", "cost_euros", "volunteer_dropouts",
    ];

    [Fact]
    public void Collect_AnyWorld_HasEveryModelIndicatorOverallAndBySubgroup()
    {
        var set = TestWorlds.Build(TestWorlds.Spec(600)).Run(60);
        foreach (var name in ModelNames) Assert.True(set.TryGet(name, out _), name);
        foreach (var group in Subgroup.Names)
            foreach (var name in new[] { "hidden_need_share", "lonely_share", "mean_loneliness", "isolated_share", "latent_support_share" })
                Assert.True(set.TryGet($"{name}.{group}", out _), $"{name}.{group}");
    }

    [Fact]
    public void Collect_Subgroups_PartitionResidents()
    {
        var set = TestWorlds.Build(TestWorlds.Spec(800)).Run(10);
        var ages = new[] { "age_0_17", "age_18_64", "age_65_74", "age_75_plus" }.Sum(g => set[$"residents.{g}"]);
        Assert.Equal(800, ages);
        Assert.Equal(800, set["residents.vulnerable"] + set["residents.not_vulnerable"]);
        var lonely = set["lonely_share.vulnerable"] * set["residents.vulnerable"] + set["lonely_share.not_vulnerable"] * set["residents.not_vulnerable"];
        Assert.Equal(set["lonely_share"] * 800, lonely, 6);
    }

    [Fact]
    public void Collect_IsolatedShare_ResidentsWithoutAMeaningfulTieOutsideTheirHousehold()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(800));
        var set = world.Indicators();
        var isolated = Enumerable.Range(0, 800).Count(id => !world.TiesOf(id).Any(t =>
            t.Kind is not (Sim.Model.TieKind.Household or Sim.Model.TieKind.Professional) && t.Strength >= world.Context.StrongTie));
        Assert.InRange(isolated, 1, 799);
        Assert.Equal(isolated / 800.0, set["isolated_share"], 9);
    }

    [Fact]
    public void Collect_AnyWorld_MeanBelongingOverallAndBySubgroup()
    {
        var set = TestWorlds.Build(TestWorlds.Spec(600)).Run(30);
        Assert.InRange(set["mean_belonging"], 0.01, 0.99);
        foreach (var group in Subgroup.Names) Assert.True(set.TryGet($"mean_belonging.{group}", out _), group);
    }

    [Fact]
    public void Quantile_Histogram_MedianAndP90()
    {
        var h = new int[11];
        for (var d = 1; d <= 10; d++) h[d] = 1;
        Assert.Equal(5, IndicatorCollector.Quantile(h, 0.5));
        Assert.Equal(9, IndicatorCollector.Quantile(h, 0.9));
        Assert.True(double.IsNaN(IndicatorCollector.Quantile(new int[3], 0.5)));
    }
}
