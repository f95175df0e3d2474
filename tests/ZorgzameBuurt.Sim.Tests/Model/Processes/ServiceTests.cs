using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class ServiceTests
{
    [Fact]
    public void Work_TwoCasesOfCapacity_AdmitsTheLongestWaitingWithTheirServiceTime()
    {
        var (c, p) = HubTests.Desk(15, s => s.Services.CasesPerWeekPerFte = 14);
        for (var r = 0; r < 4; r++) p.Desk[1].Add(HubTests.Case(r, NeedKind.Rights, 0.5f, false, r));
        c.Day = 5;
        Service.Work(c, p, 1);
        var admitted = p.Out.Items.ToArray().Where(m => m.Kind == MessageKind.Admitted).ToArray();
        Assert.Equal([0, 1], admitted.Select(m => m.To));
        Assert.All(admitted, m => Assert.Equal(5 + c.Parameters.Needs.ServiceDaysRights, m.Value));
        Assert.Equal([2, 3], p.Desk[1].Select(k => k.Resident));
    }

    [Fact]
    public void Work_WaitPastMaxWaitDays_Expires()
    {
        var (c, p) = HubTests.Desk(15, s => s.Services.CasesPerWeekPerFte = 0);
        p.Desk[1].Add(HubTests.Case(1, NeedKind.Care, 0.5f, false, 0));
        p.Desk[1].Add(HubTests.Case(2, NeedKind.Care, 0.5f, false, 10));
        c.Day = c.Parameters.Services.MaxWaitDays + 1;
        Service.Work(c, p, 1);
        Assert.Equal(1, p.Counters.WaitsExpired);
        Assert.Equal(MessageKind.Expired, Assert.Single(p.Out.Items.ToArray()).Kind);
        Assert.Equal(2, Assert.Single(p.Desk[1]).Resident);
    }

    [Fact]
    public void Run_ServicesWithoutCapacity_WaitsExpireNothingInServiceAndTrustFalls()
    {
        double MeanTrust(double capacity, out ZorgzameBuurt.Sim.Indicators.IndicatorSet end)
        {
            var world = TestWorlds.Build(TestWorlds.Spec(1500, s =>
            {
                s.Parameters.Services.CasesPerWeekPerFte = capacity;
                s.Parameters.Services.MaxWaitDays = 21;
            }));
            end = world.Run(200);
            return world.Blocks.SelectMany(b => b.Trust).Average(t => (double)t);
        }
        var starved = MeanTrust(0, out var none);
        var ample = MeanTrust(25, out var some);
        Assert.True(none["waits_expired"] > 20, $"expired {none["waits_expired"]}");
        Assert.Equal(0, none["in_service_share"]);
        Assert.True(some["in_service_share"] > 0);
        Assert.True(none["waiting_need_share"] > some["waiting_need_share"]);
        Assert.True(starved < ample, $"trust {starved} starved vs {ample} ample");
    }

    [Fact]
    public void Run_ColdReferralsOnly_ColdFactorLowersResolutions()
    {
        double Resolved(double cold) => TestWorlds.Build(TestWorlds.Spec(1500, s =>
        {
            TestWorlds.WithoutHub(s);
            s.Parameters.Hub.ColdFactor = cold;
        })).Run(365)["needs_resolved_by_referral"];
        Assert.True(Resolved(1) > Resolved(0.4) * 1.3);
    }
}
