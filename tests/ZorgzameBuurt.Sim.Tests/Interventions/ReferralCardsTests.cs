using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class ReferralCardsTests(ITestOutputHelper output)
{
    private static double MeanRouteChance(World w) =>
        Get<ReferralCards>(w).Holders.Average(agent => (double)w.Town.RouteChance(agent));

    [Fact]
    public void RouteChance_WithoutRefresh_FallsOverTime()
    {
        var world = Create(Municipality(1000), new ReferralCards(new ReferralCardsOptions()));
        Assert.Equal(0, MeanRouteChance(world));
        for (var d = 0; d < 30; d++) world.Step();
        var early = MeanRouteChance(world);
        for (var d = 30; d < 330; d++) world.Step();
        var late = MeanRouteChance(world);
        output.WriteLine($"mean referral attention of card holders: day 30 {early:F3}, day 330 {late:F3}");
        Assert.True(early > 0.8);
        Assert.True(late < early / 2);
    }

    [Fact]
    public void RouteChance_WithQuarterlyRefresh_StaysUp()
    {
        var options = new ReferralCardsOptions { Refresh = new Schedule(Frequency.Quarterly) };
        var world = Create(Municipality(1000), new ReferralCards(options));
        var lowest = 1.0;
        for (var d = 0; d < 365; d++)
        {
            world.Step();
            if (d > 0) lowest = Math.Min(lowest, MeanRouteChance(world));
        }
        output.WriteLine($"lowest mean attention over the year with quarterly refresh: {lowest:F3}; refreshes {Get<ReferralCards>(world).Refreshes}");
        Assert.True(lowest > 0.6);
        Assert.Equal(5, Get<ReferralCards>(world).Refreshes);
    }

    [Fact]
    public void Run_Cards_ShareOfFirstLineDetectionsReachingTheHubFallsWithoutRefreshAndHoldsWithIt()
    {
        var spec = Municipality(1000);
        var none = Run(spec, 365, Everyone(Create(spec)));
        var decaying = Run(spec, 365, Everyone(Create(spec)), new ReferralCards(new ReferralCardsOptions()));
        var refreshed = Run(spec, 365, Everyone(Create(spec)), new ReferralCards(new ReferralCardsOptions { Refresh = new Schedule(Frequency.Quarterly) }));

        (double First, double Second) Share(World w)
        {
            var firstLine = Enumerable.Range(0, w.Professionals.Count)
                .Where(j => global::ZorgzameBuurt.Sim.Model.Professionals.IsFirstLine(w.Professionals.Kind[j])).Select(j => w.Professionals.FirstId + j).ToHashSet();
            // A detection reached the hub when the resident's very next event is the signal it sent (the routing of that
            // detection), not a signal another contact raised later the same day.
            var events = Blocks.Events(w).ToList();
            var detections = Enumerable.Range(0, events.Count)
                .Where(k => events[k].Kind == HistoryKind.Detected && firstLine.Contains(events[k].Other))
                .Select(k => (events[k].Day, Routed: k + 1 < events.Count && events[k + 1] is { Kind: HistoryKind.Signalled } next
                                                   && next.Resident == events[k].Resident && next.Day == events[k].Day))
                .ToList();
            double Of(Func<int, bool> half)
            {
                var part = detections.Where(e => half(e.Day)).ToList();
                return part.Count == 0 ? 0 : part.Count(e => e.Routed) / (double)part.Count;
            }
            return (Of(day => day < 182), Of(day => day >= 182));
        }

        var s0 = Share(none);
        var s1 = Share(decaying);
        var s2 = Share(refreshed);
        output.WriteLine($"share of first-line detections sent to the BZR (first half / second half): no cards {s0.First:F2}/{s0.Second:F2}, " +
                         $"cards without refresh {s1.First:F2}/{s1.Second:F2}, with quarterly refresh {s2.First:F2}/{s2.Second:F2}");
        Assert.Equal(0, s0.First + s0.Second);
        Assert.True(s1.Second < s1.First - 0.15);
        Assert.True(s2.Second > s1.Second + 0.15);
        Assert.True(s2.Second > 0.6);
    }
}
