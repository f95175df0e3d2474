using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class SignalRoutingTests
{
    private static ZorgzameBuurt.Sim.Indicators.IndicatorSet RunWithOnly(Action<ZorgzameBuurt.Sim.Spec.NeedParameters> kinds) =>
        TestWorlds.Build(TestWorlds.Spec(1500, s =>
        {
            var n = s.Parameters.Needs;
            n.RightsShare = n.PracticalShare = n.SocialShare = n.CareShare = n.HeavyShare = 0;
            kinds(n);
        })).Run(365);

    [Fact]
    public void Run_OnlyHeavyNeeds_NeverResolvedByNeighbourHelp()
    {
        var end = RunWithOnly(n => n.HeavyShare = 1);
        Assert.True(end["detections"] > 50);
        Assert.Equal(0, end["needs_resolved_informally"]);
    }

    [Fact]
    public void Run_OnlyPracticalNeeds_NeighboursHelpSome()
    {
        var end = RunWithOnly(n => n.PracticalShare = 1);
        Assert.True(end["needs_resolved_informally"] > 20, $"informal {end["needs_resolved_informally"]}");
    }

    [Fact]
    public void Run_NobodyHasARoute_MoreSignalsLost()
    {
        double Lost(double knows) => TestWorlds.Build(TestWorlds.Spec(1500, s =>
        {
            s.Population.KnowsContactPersonShare = knows;
            s.Parameters.Routing.ProfessionalTieRoute = knows > 0 ? 0.05 : 1.0;
        })).Run(365)["signals_lost"];
        Assert.True(Lost(0) > Lost(0.9));
    }
}
