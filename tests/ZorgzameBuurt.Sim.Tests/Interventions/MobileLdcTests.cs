using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class MobileLdcTests(ITestOutputHelper output)
{
    [Fact]
    public void DistanceToService_OnVisitDays_IsLocalThenFarAgain()
    {
        var world = Create(Municipality(1000), new MobileLdc(new MobileLdcOptions()));
        var sub = world.Space.IndexOf("deeldorp");
        var far = world.Space.DistanceToService(sub);
        var seen = new List<(int Day, double Km)>();
        for (var d = 0; d < 16; d++)
        {
            world.Step();
            seen.Add((d, world.Town.Data.ServiceKm[sub]));
        }
        output.WriteLine(string.Join(", ", seen.Select(s => $"day {s.Day}: {s.Km:F1} km")));
        Assert.Equal(sub, Get<MobileLdc>(world).SettlementIndex);
        Assert.True(far >= 4);
        // Visits on days 1, 8, 15 (weekly, offset 1); the service stays for the visit day and the next. The distance a
        // referral counts is the day's data every block receives (the shared space itself never changes).
        Assert.Equal([far, 0.4, 0.4, far, far, far, far, far, 0.4, 0.4, far, far, far, far, far, 0.4], seen.Select(s => Math.Round(s.Km, 6)).ToArray());
    }

    [Fact]
    public void Run_MobileLdc_LdcWorkerDetectsInTheSubVillageAndSignalsReachTheHub()
    {
        var spec = Municipality(1500);
        var sub = spec.Space.Settlements.FindIndex(s => s.Name == "deeldorp");
        var start = Create(spec);
        var traced = Everyone(start).Where(id => start.Residents.Settlement[id] == sub).ToArray();
        var baseline = Run(spec, 365, traced);
        var world = Run(spec, 365, traced, new MobileLdc(new MobileLdcOptions()));
        var ldc = Professionals(world, ProfessionalKind.LdcWorker).ToHashSet();
        int ByLdc(World w) => Blocks.Events(w).Count(e => e.Kind == HistoryKind.Detected && ldc.Contains(e.Other));
        var events = Blocks.Events(world).ToList();
        var signalled = events.Where(e => e.Kind == HistoryKind.Signalled).Select(e => (e.Resident, e.Day)).ToHashSet();
        var detections = events.Where(e => e.Kind == HistoryKind.Detected && ldc.Contains(e.Other)).ToList();
        var ties = Count(world, traced, e => e.Kind == HistoryKind.TieFormed && e.Other < world.Residents.Count) - Count(baseline, traced, e => e.Kind == HistoryKind.TieFormed && e.Other < world.Residents.Count);
        output.WriteLine($"{Get<MobileLdc>(world).Visitors} visitors; detections by the LDC worker {detections.Count} (baseline {ByLdc(baseline)}), to the BZR {detections.Count(e => signalled.Contains((e.Resident, e.Day)))}; extra ties {ties}");
        Assert.Equal(0, ByLdc(baseline));
        Assert.True(detections.Count >= 3);
        Assert.All(detections, e => Assert.Equal(sub, (int)world.Residents.Settlement[e.Resident]));
        Assert.Equal(detections.Count, detections.Count(e => signalled.Contains((e.Resident, e.Day))));
        Assert.True(ties > 50);
    }
}
