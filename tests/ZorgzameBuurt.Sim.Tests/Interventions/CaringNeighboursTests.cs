using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class CaringNeighboursTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_CaringNeighbours_SpreadOverStreetsAndRouteWhatTheyDetectToTheHub()
    {
        var spec = Municipality(1000);
        var world = Run(spec, 240, Everyone(Create(spec)), new CaringNeighbours(new CaringNeighboursOptions()));
        var cn = Get<CaringNeighbours>(world);
        var events = Blocks.Events(world).ToList();
        // everyone recruited (some may have dropped out since: drop-out is a weekly hazard, see VolunteerStrainTests)
        var members = events.Where(e => e.Kind == HistoryKind.RoleTaken).Select(e => e.Resident).Distinct().ToArray();
        var streets = members.Select(id => world.Residents.Street[id]).Distinct().Count();
        var set = members.ToHashSet();
        var detections = events.Where(e => e.Kind == HistoryKind.Detected && set.Contains(e.Other)).ToList();
        var signalled = events.Where(e => e.Kind == HistoryKind.Signalled).Select(e => (e.Resident, e.Day)).ToHashSet();
        // a signal lost by a caring neighbour while she held the role (after dropping out she has no route of her own)
        var droppedOn = events.Where(e => e.Kind == HistoryKind.RoleDropped).GroupBy(e => e.Resident).ToDictionary(g => g.Key, g => g.Min(e => e.Day));
        var lost = events.Count(e => e.Kind == HistoryKind.SignalLost && set.Contains(e.Other)
            && (!droppedOn.TryGetValue(e.Other, out var day) || e.Day < day));
        var toHub = detections.Count(e => signalled.Contains((e.Resident, e.Day)));
        output.WriteLine($"{cn.Recruited} caring neighbours in {streets} of 20 streets; they detected {detections.Count}, sent {toHub} to the BZR, lost {lost}");
        Assert.Equal(10, cn.Recruited);
        Assert.Equal(10, streets);
        Assert.True(toHub >= 5);
        Assert.Equal(0, lost);
    }

    [Fact]
    public void Run_WithoutIntervision_OverloadedNeighboursDropOut()
    {
        // Capacities and drop-out are drawn per volunteer, so compare over seeds (common random numbers within each).
        var without = new CaringNeighboursOptions { Intervision = new Schedule(Frequency.Never) };
        var runs = Enumerable.Range(1, 5).Select(seed =>
        {
            var spec = Municipality(1000);
            var a = Get<CaringNeighbours>(RunSeeded(spec, (ulong)seed, 365, null, new CaringNeighbours(without)));
            var b = Get<CaringNeighbours>(RunSeeded(spec, (ulong)seed, 365, null, new CaringNeighbours(new CaringNeighboursOptions())));
            return (Recruited: a.Recruited, Without: a.DroppedOut, With: b.DroppedOut, ActiveWithout: a.Active, ActiveWith: b.Active);
        }).ToList();
        output.WriteLine("after a year at 5 h/week, drop-outs of recruited without / with quarterly intervision: " +
                         string.Join(", ", runs.Select(r => $"{r.Without}/{r.With} of {r.Recruited}")));
        Assert.All(runs, r => Assert.True(r.Without > 0));
        Assert.True(runs.Sum(r => r.Without) > runs.Sum(r => r.With));
        Assert.True(runs.Sum(r => r.ActiveWith) > runs.Sum(r => r.ActiveWithout));
        Assert.All(runs, r => Assert.True(r.With <= r.Without + 1));   // intervision never makes it clearly worse
    }
}
