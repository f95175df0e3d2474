using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class WalkingRoutesTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_WalkingRoutes_AddEncountersAndWeakTiesAtLowCost()
    {
        var spec = Municipality(1000);
        var baseline = Run(spec, 365, null).Indicators();
        var routes = Run(spec, 365, null, new WalkingRoutes(new WalkingRoutesOptions()));
        var with = routes.Indicators();
        var restaurant = Run(spec, 365, null, new Restaurant(new RestaurantOptions())).Indicators();
        var extraTies = with[IndicatorNames.TiesFormed] - baseline[IndicatorNames.TiesFormed];
        var restaurantTies = restaurant[IndicatorNames.TiesFormed] - baseline[IndicatorNames.TiesFormed];
        output.WriteLine($"extra encounters {Get<WalkingRoutes>(routes).Encounters}; extra ties {extraTies} for EUR {with[IndicatorNames.CostEuros]:F0} " +
                         $"(restaurant: {restaurantTies} for EUR {restaurant[IndicatorNames.CostEuros]:F0}); weak-tie density {baseline[IndicatorNames.WeakTieDensity]:F2} -> {with[IndicatorNames.WeakTieDensity]:F2}");
        Assert.True(extraTies > 100);
        Assert.True(with[IndicatorNames.WeakTieDensity] > baseline[IndicatorNames.WeakTieDensity]);
        Assert.Equal(5000 + 500, with[IndicatorNames.CostEuros], 3);
        Assert.True(with[IndicatorNames.CostEuros] / extraTies < restaurant[IndicatorNames.CostEuros] / restaurantTies);
        Assert.Equal(0, with[IndicatorNames.VolunteerHours] + with[IndicatorNames.ProfessionalHours]);
    }

    [Fact]
    public void Run_RoutesInOneSettlement_OnlyItsResidentsMeetThere()
    {
        var world = Run(Municipality(1000), 30, null, new WalkingRoutes(new WalkingRoutesOptions { Settlement = "deeldorp" }));
        var effort = ContextOf<WalkingRoutes>(world).Effort;
        var reached = Everyone(world).Where(effort.WasReached).ToArray();
        Assert.NotEmpty(reached);
        Assert.All(reached, id => Assert.Equal(1, world.Residents.Settlement[id]));
    }
}
