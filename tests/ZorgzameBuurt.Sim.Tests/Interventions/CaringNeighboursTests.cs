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
        var members = Enumerable.Range(0, world.Residents.Count).Where(id => world.RoleOf(id) == Role.CaringNeighbour).ToArray();
        var streets = members.Select(id => world.Residents.Street[id]).Distinct().Count();
        var events = Blocks.Events(world).ToList();
        var set = members.ToHashSet();
        var detections = events.Where(e => e.Kind == HistoryKind.Detected && set.Contains(e.Other)).ToList();
        var signalled = events.Where(e => e.Kind == HistoryKind.Signalled).Select(e => (e.Resident, e.Day)).ToHashSet();
        var lost = events.Where(e => e.Kind == HistoryKind.SignalLost && set.Contains(e.Other)).Count();
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
        var spec = Municipality(1000);
        var without = new CaringNeighboursOptions { Intervision = new Schedule(Frequency.Never) };
        var noIntervision = Run(spec, 365, null, new CaringNeighbours(without));
        var withIntervision = Run(spec, 365, null, new CaringNeighbours(new CaringNeighboursOptions()));
        var a = Get<CaringNeighbours>(noIntervision);
        var b = Get<CaringNeighbours>(withIntervision);
        output.WriteLine($"after a year at 5 h/week: without intervision {a.Active} of {a.Recruited} left ({noIntervision.Indicators()[IndicatorNames.VolunteerDropouts]} drop-outs); " +
                         $"with quarterly intervision {b.Active} of {b.Recruited} left ({withIntervision.Indicators()[IndicatorNames.VolunteerDropouts]} drop-outs)");
        Assert.True(a.DroppedOut >= a.Recruited / 2);
        Assert.Equal(0, b.DroppedOut);
        Assert.True(b.Active > a.Active);
    }
}
