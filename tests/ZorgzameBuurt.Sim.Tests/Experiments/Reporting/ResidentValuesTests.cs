using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Reporting;

public sealed class ResidentValuesTests
{
    [Fact]
    public void ResidentValues_AfterFortyDays_SumToTheVillageIndicators()
    {
        var spec = ScenarioLoader.Resolve("rural-deeldorp").Spec!;
        spec.Population.Inhabitants = 400;
        var world = World.Create(spec, Mixes.Parse("call_round", spec), new WorldOptions(7, 1));
        for (var d = 0; d < 40; d++) world.Step();

        var indicators = world.Indicators();
        var unmet = world.ResidentValues("unmet_need_days");
        var loneliness = world.ResidentValues("loneliness");
        var outcomes = ResidentOutcomes.Capture(world);

        Assert.Equal(indicators["unmet_need_days"], unmet.Sum(), 6);
        Assert.Equal(indicators["mean_loneliness"], loneliness.Average(), 5);
        Assert.Equal(indicators["people_reached"], outcomes.Reached.Count(r => r));
        Assert.Throws<ArgumentException>(() => world.ResidentValues("happiness"));
    }
}
