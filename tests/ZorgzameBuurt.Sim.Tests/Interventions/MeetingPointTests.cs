using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class MeetingPointTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_MeetingPoint_VisitorsLearnTheContactAskSoonerAndStaffSendNeedsToTheHub()
    {
        var spec = Municipality(1000);
        var traced = Everyone(Create(spec)).ToArray();
        var baseline = Run(spec, 365, traced);
        var world = Run(spec, 365, traced, new MeetingPoint(new MeetingPointOptions { VisitChance = 0.009 }));
        var point = Get<MeetingPoint>(world);
        var effort = ContextOf<MeetingPoint>(world).Effort;
        var visitors = traced.Where(effort.WasReached).ToArray();
        var knowWith = visitors.Count(world.KnowsContactPerson);
        var knowWithout = visitors.Count(baseline.KnowsContactPerson);
        var staff = Professionals(world, ProfessionalKind.SocialWorker).ToHashSet();
        var events = Blocks.Events(world).ToList();
        var signalled = events.Where(e => e.Kind == HistoryKind.Signalled).Select(e => (e.Resident, e.Day)).ToHashSet();
        var byStaff = events.Where(e => e.Kind == HistoryKind.Detected && staff.Contains(e.Other)).ToList();
        var toHub = byStaff.Count(e => signalled.Contains((e.Resident, e.Day)));
        var askedWith = Count(world, visitors, e => e.Kind == HistoryKind.Asked);
        var askedWithout = Count(baseline, visitors, e => e.Kind == HistoryKind.Asked);
        var hubWith = Count(world, visitors, e => e.Kind == HistoryKind.Signalled);
        var hubWithout = Count(baseline, visitors, e => e.Kind == HistoryKind.Signalled);
        output.WriteLine($"{point.Visits} visits by {visitors.Length} residents; know the contact person: {knowWith} vs {knowWithout} without the point; " +
                         $"needs they raised themselves: {askedWith} vs {askedWithout}; detections by the social worker on duty {byStaff.Count}, to the BZR {toHub}; their signals reaching the BZR {hubWith} vs {hubWithout}");
        Assert.True(knowWith > knowWithout + visitors.Length / 3);
        Assert.True(askedWith > askedWithout);
        Assert.True(hubWith > hubWithout);
        Assert.Equal(byStaff.Count, toHub);
    }

    [Fact]
    public void Run_StigmatisedVenue_DrawsFewerVisitors()
    {
        var spec = Municipality(1000);
        var neutral = Run(spec, 180, null, new MeetingPoint(new MeetingPointOptions { Venue = Venue.Neutral }));
        var careHome = Run(spec, 180, null, new MeetingPoint(new MeetingPointOptions { Venue = Venue.CareHome }));
        var welfare = Run(spec, 180, null, new MeetingPoint(new MeetingPointOptions { Venue = Venue.WelfareOffice }));
        var (a, b, c) = (Get<MeetingPoint>(neutral).Visits, Get<MeetingPoint>(careHome).Visits, Get<MeetingPoint>(welfare).Visits);
        output.WriteLine($"visits in half a year: neutral venue {a}, care home {b}, welfare office {c}");
        Assert.True(b < a * 0.7);
        Assert.True(c < a * 0.7);
    }

    [Fact]
    public void Run_MeetingPoint_VisitsFallWithDistance()
    {
        var world = Run(Municipality(1000), 365, null, new MeetingPoint(new MeetingPointOptions()));
        var effort = ContextOf<MeetingPoint>(world).Effort;
        double Share(int settlement) => TestWorlds.Everyone(world).Where(id => world.Residents.Settlement[id] == settlement && world.Residents.Age[id] != AgeBand.Age0To17)
            .Select(id => effort.WasReached(id) ? 1.0 : 0).Average();
        output.WriteLine($"share of adults who visited: centrum (venue) {Share(0):F3}, deeldorp {Share(1):F3}");
        Assert.True(Share(0) > 2 * Share(1));
    }
}
