using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class CallRoundTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_CallRound_ReachesAndDetectsTheLeastConnectedOnTheList()
    {
        var spec = Municipality();
        var start = Create(spec);
        var targets = Ids(start, new CallRoundOptions().Called);
        var isolated = LeastConnected(start, targets);
        var baseline = Run(spec, 365, targets);
        var world = Run(spec, 365, targets, new CallRound(new CallRoundOptions()));
        var round = Get<CallRound>(world);
        var callers = round.Callers.ToHashSet();
        bool ByCaller(HistoryEvent e) => e.Kind == HistoryKind.Detected && e.Channel == Channel.Phone && callers.Contains(e.Other);

        var reached = isolated.Count(ContextOf<CallRound>(world).Effort.WasReached);
        var withVolunteerTie = isolated.Count(id => world.TiesOf(id).Any(t => t.Kind == TieKind.Volunteer));
        var detected = Count(world, targets, ByCaller);
        var detectedBaseline = Count(baseline, targets, ByCaller);
        output.WriteLine($"{targets.Length} on the list, the {isolated.Length} least connected: reached {reached}, with a caller tie at the end {withVolunteerTie}; " +
                         $"phone detections by callers among the list: {detected} (baseline {detectedBaseline}); calls {round.Calls}");
        Assert.Equal(isolated.Length, reached);
        Assert.True(withVolunteerTie >= isolated.Length / 2);
        Assert.True(detected >= detectedBaseline + 3, $"detected {detected} vs baseline {detectedBaseline}");
    }

    [Fact]
    public void Run_SameTargetGroup_CallRoundReachesMoreOfTheLeastConnectedThanARestaurant()
    {
        var spec = Municipality();
        var start = Create(spec);
        var group = new CallRoundOptions().Called;
        var targets = Ids(start, group);
        var isolated = LeastConnected(start, targets);
        var calls = Run(spec, 180, null, new CallRound(new CallRoundOptions()));
        var meals = Run(spec, 180, null, new Restaurant(new RestaurantOptions { Invited = group }));
        var byCalls = isolated.Count(ContextOf<CallRound>(calls).Effort.WasReached);
        var byMeals = isolated.Count(ContextOf<Restaurant>(meals).Effort.WasReached);
        output.WriteLine($"least connected third of the 75+ living alone reached in half a year: call round {byCalls}/{isolated.Length}, restaurant {byMeals}/{isolated.Length}");
        Assert.True(byCalls > byMeals);
    }

    /// <summary>The third of the residents with the weakest ties outside the household at the start.</summary>
    private static int[] LeastConnected(World w, int[] residents) =>
        residents.OrderBy(id => w.Town.NetworkStrength(id)).ThenBy(id => id).Take(residents.Length / 3).ToArray();

    [Fact]
    public void Run_CallRound_RecruitsInterestedResidentsIntoARoleAfterTheDelay()
    {
        var spec = Municipality();
        var options = new CallRoundOptions();
        var targets = Ids(Create(spec), options.Called);
        var world = Run(spec, 365, targets, new CallRound(options));
        var round = Get<CallRound>(world);
        var set = targets.ToHashSet();
        var firstRecruitDay = Blocks.Events(world)
            .Where(e => e.Kind == HistoryKind.RoleTaken && set.Contains(e.Resident)).Select(e => e.Day).DefaultIfEmpty(-1).Min();
        var roles = world.Indicators()[IndicatorNames.InclusiveRoles];
        output.WriteLine($"recruited from the call list: {round.Recruited}, first on day {firstRecruitDay}; inclusive roles at the end {roles} (initial callers {options.Staffing.Volunteers})");
        Assert.True(round.Recruited >= 2);
        Assert.True(firstRecruitDay >= options.Schedule.Offset + options.RecruitAfterDays);
        Assert.True(roles > options.Staffing.Volunteers);
    }
}
