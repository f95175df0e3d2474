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
            var events = Blocks.Events(w).ToList();
            var signalled = events.Where(e => e.Kind == HistoryKind.Signalled).Select(e => (e.Resident, e.Day)).ToHashSet();
            var detections = events.Where(e => e.Kind == HistoryKind.Detected && firstLine.Contains(e.Other)).ToList();
            double Of(Func<HistoryEvent, bool> half)
            {
                var part = detections.Where(half).ToList();
                return part.Count == 0 ? 0 : part.Count(e => signalled.Contains((e.Resident, e.Day))) / (double)part.Count;
            }
            return (Of(e => e.Day < 182), Of(e => e.Day >= 182));
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
