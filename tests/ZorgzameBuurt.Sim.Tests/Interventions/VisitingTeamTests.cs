using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class VisitingTeamTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_VisitingTeam_VisitsOlderResidentsOnceStreetByStreet()
    {
        var world = Run(Municipality(1000), 60, null, new VisitingTeam(new VisitingTeamOptions()));
        var team = Get<VisitingTeam>(world);
        var effort = ContextOf<VisitingTeam>(world).Effort;
        var visitedFlags = team.Targets.Select(effort.WasReached).ToArray();
        var visited = visitedFlags.Count(v => v);
        var prefix = visitedFlags.TakeWhile(v => v).Count();
        output.WriteLine($"after 60 days: {team.Visits} visits, {visited} of {team.Targets.Count} older residents visited; visited ones form a prefix of the street order: {prefix >= visited - 8}");
        Assert.Equal(team.Visits, visited);
        Assert.True(visited > 50 && visited < team.Targets.Count);
        Assert.True(prefix >= visited - 8, "visits follow the street order (a few visitors skip themselves)");
        Assert.True(team.Targets.Zip(team.Targets.Skip(1)).All(p => world.Residents.Street[p.First] <= world.Residents.Street[p.Second]));
    }

    [Fact]
    public void Run_VisitingTeam_DetectsOnHomeVisitsAndRefersToTheHub()
    {
        var spec = Municipality(1000);
        var targets = Ids(Create(spec), new VisitingTeamOptions().Visited);
        // A larger team that goes round again after 90 days, so the test sees enough hidden needs.
        var options = new VisitingTeamOptions { RepeatAfterDays = 90, Staffing = new Staffing(12, 0) };
        var baseline = Run(spec, 240, targets);
        var world = Run(spec, 240, targets, new VisitingTeam(options));
        var visitors = Enumerable.Range(0, world.Residents.Count).Where(id => world.RoleOf(id) == Role.Visitor).ToHashSet();
        var byVisitors = Blocks.Events(world)
            .Where(e => e.Kind == HistoryKind.Detected && e.Channel == Channel.HomeVisit && visitors.Contains(e.Other)).ToList();
        var signalled = Blocks.Events(world).Where(e => e.Kind == HistoryKind.Signalled).Select(e => (e.Resident, e.Day)).ToHashSet();
        var referred = byVisitors.Count(e => signalled.Contains((e.Resident, e.Day)));
        var helped = byVisitors.Count(e => world.History(e.Resident).Events.Any(x => x.Kind == HistoryKind.HelpedInformally && x.Day == e.Day));
        var knowContact = targets.Count(world.KnowsContactPerson);
        var knowContactBaseline = targets.Count(baseline.KnowsContactPerson);
        output.WriteLine($"{Get<VisitingTeam>(world).Visits} visits; home-visit detections by visitors {byVisitors.Count}: to the BZR {referred}, helped on the spot {helped}; older residents knowing the contact person: {knowContact} vs baseline {knowContactBaseline}");
        Assert.True(byVisitors.Count >= 5, $"detections {byVisitors.Count}");
        Assert.Equal(byVisitors.Count, referred + helped);
        Assert.True(knowContact > knowContactBaseline + targets.Length / 4);
    }

    [Fact]
    public void Run_Lockdown_StopsHomeVisits()
    {
        var spec = Municipality(1000);
        spec.Shocks.Lockdowns.Add(new Spec.LockdownSpec { Start = 0, End = 365 });
        var world = Run(spec, 90, null, new VisitingTeam(new VisitingTeamOptions()));
        Assert.Equal(0, Get<VisitingTeam>(world).Visits);
    }
}
