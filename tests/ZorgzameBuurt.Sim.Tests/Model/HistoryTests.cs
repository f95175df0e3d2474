using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model;

public sealed class HistoryTests
{
    [Fact]
    public void History_TracedResidents_NeedJourneyInDayOrder()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(1000));
        for (var id = 0; id < 1000; id++) world.Trace(id);
        world.Run(365);

        var journeys = Enumerable.Range(0, 1000).Select(world.History).ToList();
        var detected = journeys.Where(h => h.Events.Any(e => e.Kind == HistoryKind.Detected)).ToList();
        Assert.NotEmpty(detected);
        foreach (var h in detected)
        {
            Assert.Equal(h.Events.OrderBy(e => e.Day).Select(e => e.Day), h.Events.Select(e => e.Day));
            var arose = h.Events.First(e => e.Kind == HistoryKind.NeedArose);
            var found = h.Events.First(e => e.Kind == HistoryKind.Detected && e.Day >= arose.Day);
            Assert.True(found.Day >= arose.Day);
        }
        Assert.Contains(journeys, h => h.Events.Any(e => e.Kind == HistoryKind.SignalLost));
        Assert.Contains(journeys, h => h.Events.Any(e => e.Kind == HistoryKind.Referred));
        Assert.All(journeys, h => Assert.Equal(h.Ties.Count, world.TiesOf(h.Resident).Count));
    }

    [Fact]
    public void History_UntracedResident_NoEvents()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(500));
        world.Trace(1);
        world.Run(200);
        Assert.Empty(world.History(2).Events);
    }
}
