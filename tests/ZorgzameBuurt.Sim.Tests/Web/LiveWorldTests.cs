using System.Text.Json;
using ZorgzameBuurt.Sim.Experiments.Journeys;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Web.Live;

namespace ZorgzameBuurt.Sim.Tests.Web;

/// <summary>The in-process live world and the World live-control API it uses (no browser).</summary>
public sealed class LiveWorldTests
{
    private static ZorgzameBuurt.Sim.Spec.ScenarioSpec Spec(int residents = 800)
    {
        var spec = ScenarioLoader.Resolve(Presets.Default).Spec!;
        Assert.Empty(ScenarioOverrides.Apply(spec, [$"population.inhabitants={residents}"]));
        return spec;
    }

    [Fact]
    public void SwitchOff_RestaurantAfterTwentyDays_StopsActingButKeepsItsEffort()
    {
        var spec = Spec();
        var world = World.Create(spec, Mixes.Parse("restaurant", spec), new WorldOptions(3));
        for (var d = 0; d < 20; d++) world.Step();
        var hours = world.Indicators()["restaurant.volunteer_hours"];
        Assert.True(hours > 0);

        world.SwitchOff("restaurant");
        Assert.Empty(world.ActiveInterventions);
        for (var d = 0; d < 20; d++) world.Step();
        Assert.Equal(hours, world.Indicators()["restaurant.volunteer_hours"]);
    }

    [Fact]
    public void SwitchOn_OnDayTen_EqualsBaselineUntilThenAndDiffersAfter()
    {
        var a = World.Create(Spec(), null, new WorldOptions(5));
        var b = World.Create(Spec(), null, new WorldOptions(5));
        for (var d = 0; d < 10; d++)
        {
            a.Step();
            b.Step();
        }
        Assert.Equal(Json(a), Json(b));
        var spec = Spec();
        a.SwitchOn(InterventionCatalog.Create("call_round", spec.Interventions));
        Assert.Equal(["call_round"], a.ActiveInterventions);
        for (var d = 0; d < 30; d++)
        {
            a.Step();
            b.Step();
        }
        Assert.NotEqual(Json(a), Json(b));
        Assert.True(a.Indicators()["call_round.people_reached"] > 0);
    }

    [Fact]
    public void LockdownNow_ForTenDays_IsInForceThenEndsAndEndLockdownStopsIt()
    {
        var world = World.Create(Spec(), null, new WorldOptions(2));
        world.Step();
        world.LockdownNow(0.3, 10);
        world.Step();
        Assert.True(world.IsLockdown);
        Assert.Equal(0.3, world.LockdownContactFactor);
        for (var d = 0; d < 10; d++) world.Step();
        Assert.False(world.IsLockdown);

        world.LockdownNow(0.5, 100);
        world.Step();
        Assert.True(world.IsLockdown);
        world.EndLockdown();
        world.Step();
        Assert.False(world.IsLockdown);
    }

    [Fact]
    public void CloseFacilityNow_UnknownSettlementOrClosedFacility_ThrowsWithTheName()
    {
        var world = World.Create(Spec(), null, new WorldOptions(2));
        var settlement = world.Space.Names[0];
        var facility = ZorgzameBuurt.Sim.Spec.SettlementSpec.FacilityKinds.First(f => world.Space.HasFacility(0, f));
        world.CloseFacilityNow(settlement, facility);
        Assert.False(world.Space.HasFacility(0, facility));
        Assert.Contains(facility, Assert.Throws<ArgumentException>(() => world.CloseFacilityNow(settlement, facility)).Message, StringComparison.Ordinal);
        Assert.Contains("atlantis", Assert.Throws<ArgumentException>(() => world.CloseFacilityNow("atlantis", facility)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwinWorlds_WithoutWorld_IsExactlyTheBaselineRunOfTheSameSeed()
    {
        var twins = TwinWorlds.Create(() => Spec(), "restaurant+call_round", "baseline", 9);
        twins.Trace(12);
        var alone = World.Create(Spec(), null, new WorldOptions(9));
        alone.Trace(12);
        for (var d = 0; d < 60; d++)
        {
            twins.Step();
            alone.Step();
        }
        Assert.Equal(Json(alone), Json(twins.Without));
        Assert.Equal(alone.History(12).Events, twins.Compare(12).Without.History.Events);
        Assert.NotEqual(Json(alone), Json(twins.With));
    }

    [Fact]
    public async Task LiveWorld_LockdownAndClosure_ReachTheCounterfactualTooButSwitchesDoNot()
    {
        await using var live = InProcessLiveWorld.Create(WorkbenchBrowser.Setup(residents: 600));
        await live.StepAsync();
        await live.SwitchAsync("restaurant", true);
        await live.LockdownNowAsync(0.4, 5);
        var status = await live.StatusAsync();
        var facility = ZorgzameBuurt.Sim.Spec.SettlementSpec.FacilityKinds.First(f => live.World.Space.HasFacility(0, f));
        await live.CloseFacilityNowAsync(status.Settlements[0], facility);
        await live.StepAsync();
        Assert.True(live.World.IsLockdown);
        Assert.False(live.World.Space.HasFacility(0, facility));
        Assert.Equal(["restaurant"], (await live.StatusAsync()).Active);
        Assert.Equal(["restaurant on", "lockdown 5 days", $"{facility} closed in {status.Settlements[0]}"],
            (await live.StatusAsync()).Switches.Select(s => s.What));
        var view = await live.ResidentAsync(0);
        Assert.Equal("restaurant", view.Mix);
        Assert.Equal("baseline", view.Versus);
        await Assert.ThrowsAsync<ArgumentException>(async () => await live.SwitchAsync("restaurnt", true));
    }

    [Fact]
    public async Task Network_SmallWorld_HasEveryAgentPlacedAndTiesBetweenKnownAgents()
    {
        await using var live = InProcessLiveWorld.Create(WorkbenchBrowser.Setup(residents: 600));
        var view = await live.NetworkAsync();
        Assert.Equal(view.X.Length, view.Kind.Length);
        Assert.True(view.X.Length > view.Residents);
        Assert.All(view.X.Concat(view.Y), v => Assert.True(float.IsFinite(v)));
        Assert.True(view.X.Distinct().Count() > view.Residents / 2, "agents are spread out");
        Assert.NotEmpty(view.TieA);
        Assert.All(view.TieA.Zip(view.TieB), t => Assert.True(t.First < t.Second && t.Second < view.X.Length));
        Assert.Equal(ZorgzameBuurt.Sim.Analysis.NetworkIndicators.Names, view.Analysis.Keys);
    }

    private static string Json(World w) => JsonSerializer.Serialize(w.Indicators().Pairs().ToList());
}
