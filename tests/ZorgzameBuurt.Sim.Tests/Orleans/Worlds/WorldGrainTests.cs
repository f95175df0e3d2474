using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Orleans.Worlds;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Orleans.Worlds;

/// <summary>
/// A world on the grains of a two-silo cluster gives byte-identical indicators to the in-process engine, for the
/// same scenario, mix and seed, and a resident's journey read from her grain equals <see cref="World.History"/>.
/// </summary>
[Collection(TwoSiloClusterCollection.Name)]
public sealed class WorldGrainTests(TwoSiloClusterFixture fixture)
{
    private const string Full = "restaurant+call_round+referral_cards+visiting_team+caring_neighbours+companions+caring_streets+meeting_point+walking_routes+mobile_ldc+professional_networking+detection_training";

    private static ScenarioSpec Scenario(int residents)
    {
        var spec = Presets.Load("rural-deeldorp").Spec!;
        spec.Population.Inhabitants = residents;
        return spec;
    }

    private async Task<IWorldGrain> OnGrains(ScenarioSpec spec, string mix, ulong seed, int blockSize)
    {
        var world = fixture.GrainFactory.GetGrain<IWorldGrain>($"test-{Guid.NewGuid():N}");
        await world.Create(new WorldRecipe(ScenarioCopy.ToYaml(spec), seed, mix, blockSize));
        return world;
    }

    private static async Task<IndicatorSet> IndicatorsOf(IWorldGrain world) => (await world.Indicators()).Series()[0];

    private static void Equal(IndicatorSet expected, IndicatorSet actual)
    {
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(expected.Names, actual.Names);
        for (var i = 0; i < expected.Values.Count; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(expected.Values[i]) == BitConverter.DoubleToInt64Bits(actual.Values[i]),
                $"{expected.Names[i]}: engine {expected.Values[i]:R}, grains {actual.Values[i]:R}");
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData(Full)]
    public async Task Run_ThousandResidentsSixtyDaysOnTwoSilos_EqualsEngine(string mix)
    {
        var spec = Scenario(1000);
        var engine = World.Create(spec, Mixes.Parse(mix, spec), new WorldOptions(7, 1));
        var grains = await OnGrains(spec, mix, 7, blockSize: 64);
        Assert.Equal(60, await grains.Step(60));
        engine.Run(60);
        Equal(Analysis.NetworkIndicators.Append(engine.Indicators(), engine), (await grains.EndIndicators()).Series()[0]);
    }

    [Fact]
    public async Task Run_GrainPerResident_EqualsEngine()
    {
        var spec = Scenario(300);
        var engine = World.Create(spec, Mixes.Parse(Full, spec), new WorldOptions(11, 2));
        var grains = await OnGrains(spec, Full, 11, blockSize: 1);
        await grains.Step(25);
        Equal(engine.Run(25), await IndicatorsOf(grains));
    }

    [Fact]
    public async Task History_TracedResident_EqualsWorldHistory()
    {
        var spec = Scenario(600);
        var engine = World.Create(spec, Mixes.Parse("restaurant+call_round", spec), new WorldOptions(5, 1));
        var grains = await OnGrains(spec, "restaurant+call_round", 5, blockSize: 32);
        var residents = Enumerable.Range(0, 600).Where(id => spec.Population.Inhabitants > id && id % 37 == 3).ToArray();
        foreach (var id in residents)
        {
            engine.Trace(id);
            await grains.Trace(id);
        }
        engine.Run(60);
        await grains.Step(60);
        var anyEvents = false;
        foreach (var id in residents)
        {
            var expected = engine.History(id);
            var actual = (await grains.History(id)).ToHistory();
            Assert.Equal(expected.Events, actual.Events);
            Assert.Equal(expected.Ties, actual.Ties);
            Assert.Equal(expected with { Events = [], Ties = [] }, actual with { Events = [], Ties = [] });
            anyEvents |= expected.Events.Count > 0;
        }
        Assert.True(anyEvents);
    }

    [Fact]
    public async Task LiveControl_SameOrdersMidRun_EqualEngine()
    {
        var spec = Scenario(800);
        var settlement = spec.Space.Settlements[^1].Name;
        var engine = World.Create(spec, [], new WorldOptions(9, 1));
        var grains = await OnGrains(spec, "baseline", 9, blockSize: 100);

        engine.Run(15);
        Assert.Equal(15, await grains.RunTo(15));
        engine.SwitchOn(Mixes.Parse("restaurant", spec)[0]);
        await grains.SwitchOn("restaurant");
        engine.LockdownNow(0.4, 10);
        await grains.LockdownNow(0.4, 10);
        engine.CloseFacilityNow(settlement, "shop");
        await grains.CloseFacilityNow(settlement, "shop");
        engine.Run(20);
        await grains.Step(20);
        engine.SwitchOff("restaurant");
        await grains.SwitchOff("restaurant");
        Assert.Equal(engine.ActiveInterventions, await grains.ActiveInterventions());
        var end = engine.Run(10);
        await grains.Step(10);
        Equal(end, await IndicatorsOf(grains));
        Assert.True(end["restaurant.cost_euros"] > 0);
    }
}
