using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class RestaurantTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_WithRestaurant_FormsTiesAmongInvitedResidents()
    {
        var spec = Municipality();
        var invited = Ids(Create(spec), new RestaurantOptions().Invited);
        var baseline = Run(spec, 365, invited);
        var with = Run(spec, 365, invited, new Restaurant(new RestaurantOptions()));
        var set = invited.ToHashSet();
        bool AmongInvited(HistoryEvent e) => e.Kind == HistoryKind.TieFormed && set.Contains(e.Other);

        var before = Count(baseline, invited, AmongInvited);
        var after = Count(with, invited, AmongInvited);
        output.WriteLine($"ties formed among {invited.Length} invited: baseline {before}, restaurant {after}; guests served {Get<Restaurant>(with).Meals}");
        Assert.True(after > before + invited.Length, $"restaurant {after} vs baseline {before}");
        Assert.True(with.Indicators()[IndicatorNames.WeakTieDensity] > baseline.Indicators()[IndicatorNames.WeakTieDensity]);
    }

    [Fact]
    public void Run_CareDirectorPresent_DetectsNeedsOfGuestsThatTheRestaurantAloneDoesNot()
    {
        // A few detections a year per village: summed over four seeds so the comparison rests on a dozen, not on two.
        var byBzr = 0;
        var talks = 0;
        foreach (var seed in Seeds)
        {
            var spec = Municipality();
            var invited = Ids(CreateSeeded(spec, seed), new RestaurantOptions().Invited);
            var alone = new RestaurantOptions();
            alone.Staffing.Professionals.Clear();
            var withoutBzr = RunSeeded(spec, seed, 365, invited, new Restaurant(alone));
            var withBzr = RunSeeded(spec, seed, 365, invited, new Restaurant(new RestaurantOptions()));
            var hub = Hub(withBzr);
            Assert.Equal(0, Count(withoutBzr, invited, e => e.Kind == HistoryKind.Detected && e.Other == hub));
            byBzr += Count(withBzr, invited, e => e.Kind == HistoryKind.Detected && e.Other == hub);
            talks += Get<Restaurant>(withBzr).Meals;
        }
        output.WriteLine($"detections of guests by the BZR at the restaurant over {Seeds.Length} seeds: with the BZR present {byBzr} (in about {talks} talks), without 0");
        Assert.True(byBzr >= 6, $"BZR detected {byBzr}");
    }

    private static readonly ulong[] Seeds = [1, 2, 3, 4];

    [Fact]
    public void Run_Restaurant_AttendanceFallsWithDistanceAndRisesWhenATieBringsYou()
    {
        var spec = Municipality(1000);
        var world = Run(spec, 240, null, new Restaurant(new RestaurantOptions()));
        var restaurant = Get<Restaurant>(world);
        double Mean(IEnumerable<int> ids) => ids.Select(restaurant.TimesCame).DefaultIfEmpty().Average();
        var centrum = Mean(restaurant.Invited.Where(id => world.Residents.Settlement[id] == 0));
        var deeldorp = Mean(restaurant.Invited.Where(id => world.Residents.Settlement[id] == 1));
        output.WriteLine($"meals per invited resident: centrum (venue) {centrum:F2}, deeldorp (4 km) {deeldorp:F2}");
        Assert.True(centrum > 1.5 * deeldorp);

        var noLift = new RestaurantOptions { BroughtAlongFactor = 1 };
        var unaided = Run(spec, 240, null, new Restaurant(noLift));
        var limited = restaurant.Invited.Where(id => world.Residents.Has(id, Traits.LimitedMobility)).ToArray();
        var brought = Mean(limited);
        var alone = limited.Select(Get<Restaurant>(unaided).TimesCame).DefaultIfEmpty().Average();
        output.WriteLine($"meals per invited resident with limited mobility: brought along {brought:F2}, nobody brings them {alone:F2}");
        Assert.True(brought > alone);
    }

    [Fact]
    public void Run_Restaurant_GivesVolunteersFromTheTargetGroupAnInclusiveRoleAndBooksEffort()
    {
        var spec = Municipality();
        spec.Parameters.Volunteers.WorkHoursCv = 0;   // the planned hours, so the booking can be checked exactly
        var world = Run(spec, 120, null, new Restaurant(new RestaurantOptions()));
        var restaurant = Get<Restaurant>(world);
        var volunteers = Enumerable.Range(0, world.Residents.Count).Where(id => world.RoleOf(id) == Role.RestaurantVolunteer).ToArray();
        var fromTarget = volunteers.Count(restaurant.Invited.Contains);
        var set = world.Indicators();
        output.WriteLine($"volunteers {volunteers.Length} (from target group {fromTarget}); volunteer hours {set["restaurant.volunteer_hours"]}, professional hours {set["restaurant.professional_hours"]}, cost {set["restaurant.cost_euros"]}, reached {set["restaurant.people_reached"]} (vulnerable {set["restaurant.vulnerable_reached"]})");
        Assert.Equal(4, volunteers.Length);
        Assert.Equal(2, fromTarget);
        Assert.Equal(4 * 3 * restaurant.Sessions, set["restaurant.volunteer_hours"], 6);
        Assert.Equal(3 * restaurant.Sessions, set["restaurant.professional_hours"], 6);
        Assert.Equal(50 * restaurant.Sessions + 5 * restaurant.Meals, set["restaurant.cost_euros"], 6);
        Assert.True(set["restaurant.vulnerable_reached"] > 0);
    }
}
