using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class LockdownTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_Lockdown_StopsTheRestaurantButNotTheCallRound()
    {
        var spec = Municipality(1000);
        spec.Shocks.Lockdowns.Add(new LockdownSpec { Start = 60, End = 150 });
        var world = Create(spec, new Restaurant(new RestaurantOptions()), new CallRound(new CallRoundOptions()));
        var restaurant = Get<Restaurant>(world);
        var calls = Get<CallRound>(world);
        for (var d = 0; d < 60; d++) world.Step();
        var (meals60, calls60) = (restaurant.Sessions, calls.Calls);
        for (var d = 60; d < 150; d++) world.Step();
        var (meals150, calls150) = (restaurant.Sessions, calls.Calls);
        for (var d = 150; d < 240; d++) world.Step();
        output.WriteLine($"meals by day 60/150/240: {meals60}/{meals150}/{restaurant.Sessions}; calls: {calls60}/{calls150}/{calls.Calls}");
        Assert.True(meals60 > 5);
        Assert.Equal(meals60, meals150);
        Assert.True(restaurant.Sessions > meals150);
        Assert.True(calls150 > calls60 + 30);
    }

    public static TheoryData<string> MeetingBased =>
    [
        Restaurant.Name, VisitingTeam.Name, CaringNeighbours.Name, Companions.Name, MeetingPoint.Name, MobileLdc.Name,
        ProfessionalNetworking.Name, DetectionTraining.Name, ReferralCards.Name,
    ];

    [Theory]
    [MemberData(nameof(MeetingBased))]
    public void Run_WholeRunInLockdown_MeetingBasedInterventionHoldsNoSession(string key)
    {
        var spec = Municipality(1000);
        spec.Shocks.Lockdowns.Add(new LockdownSpec { Start = 0, End = 36500 });
        var world = Run(spec, 120, null, InterventionCatalog.Create(key, spec.Interventions));
        var intervention = (InterventionBase)world.Interventions[0].Intervention;
        Assert.Equal(0, intervention.Sessions);
        Assert.Equal(0, world.Interventions[0].Context.Effort.PeopleReached);
    }

    [Fact]
    public void Run_WholeRunInLockdown_CaringStreetsChatGoesOnWithoutMeetingsOrParty()
    {
        var spec = Municipality(1000);
        spec.Shocks.Lockdowns.Add(new LockdownSpec { Start = 0, End = 36500 });
        var options = new CaringStreetsOptions { Party = new Schedule(Frequency.Yearly, 30) };
        var streets = Get<CaringStreets>(Run(spec, 120, null, new CaringStreets(options)));
        Assert.All(streets.Groups, g => Assert.Equal(0, g.Meetings + g.Parties));
        Assert.All(streets.Groups, g => Assert.True(g.ChatMessages > 0));
    }

    [Fact]
    public void Run_Lockdown_HalvesWalkingRouteEncounters()
    {
        var spec = Municipality(1000);
        var open = Get<WalkingRoutes>(Run(spec, 60, null, new WalkingRoutes(new WalkingRoutesOptions()))).Encounters;
        spec.Shocks.Lockdowns.Add(new LockdownSpec { Start = 0, End = 36500, ContactFactor = 0.5 });
        var closed = Get<WalkingRoutes>(Run(spec, 60, null, new WalkingRoutes(new WalkingRoutesOptions()))).Encounters;
        output.WriteLine($"route encounters in 60 days: open {open}, lockdown {closed}");
        Assert.InRange(closed / (double)open, 0.45, 0.55);
    }
}
