using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class HubTests
{
    [Fact]
    public void Run_NoHubNoDirectRoute_DetectedNeedsNeverResolvedByReferral()
    {
        var spec = TestWorlds.Spec(1500, s =>
        {
            TestWorlds.WithoutHub(s);
            s.Parameters.Hub.DirectReferralWithoutHub = 0;
            s.Parameters.Needs.AskBase = 0;
        });
        var end = TestWorlds.Build(spec).Run(365);
        Assert.True(end["detections"] > 50, $"detections {end["detections"]}");
        Assert.Equal(0, end["referral_attempts"]);
        Assert.Equal(end["needs_resolved_informally"], end["needs_resolved"]);
    }

    [Fact]
    public void Run_WithHub_ResolvesMoreThanWithout()
    {
        var with = TestWorlds.Build(TestWorlds.Spec(1500)).Run(365);
        var without = TestWorlds.Build(TestWorlds.Spec(1500, TestWorlds.WithoutHub)).Run(365);
        Assert.True(with["needs_resolved"] > without["needs_resolved"] * 1.2,
            $"with hub {with["needs_resolved"]}, without {without["needs_resolved"]}");
    }

    [Fact]
    public void Run_OverflowingHub_LosesSignalsAtTheHub()
    {
        long HubLost(double casesPerWeek)
        {
            var world = TestWorlds.Build(TestWorlds.Spec(1500, s =>
            {
                s.Parameters.Hub.CasesPerWeekPerFte = casesPerWeek;
                s.Parameters.Hub.MaxWaitDays = 14;
                s.Population.KnowsContactPersonShare = 0.6;
            }));
            world.Run(365);
            var hub = world.ProfessionalBlock.Counters;
            return hub.SignalsLost - (hub.ReferralAttempts - hub.ReferralSuccesses);
        }
        var overflowing = HubLost(0.5);
        var ample = HubLost(25);
        Assert.True(overflowing > 20, $"overflow losses {overflowing}");
        Assert.Equal(0, ample);
    }
}
