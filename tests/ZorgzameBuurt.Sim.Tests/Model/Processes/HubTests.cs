using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;
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
    public void Run_WithHub_ResolvesMoreByReferralThanWithout()
    {
        var with = TestWorlds.Build(TestWorlds.Spec(1500)).Run(365);
        var without = TestWorlds.Build(TestWorlds.Spec(1500, TestWorlds.WithoutHub)).Run(365);
        Assert.True(with["needs_resolved_by_referral"] > without["needs_resolved_by_referral"] * 1.1,
            $"with hub {with["needs_resolved_by_referral"]}, without {without["needs_resolved_by_referral"]}");
    }

    [Fact]
    public void Run_OverloadedHub_RefersOnAndLosesNothingAtHerDesk()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(1500, s =>
        {
            s.Parameters.Hub.CasesPerWeekPerFte = 0.5;
            s.Population.KnowsContactPersonShare = 0.6;
        }));
        var end = world.Run(365);
        var hub = world.ProfessionalBlock.Counters;
        Assert.True(end["cases_referred_on_under_load"] > 20, $"referred on {end["cases_referred_on_under_load"]}");
        Assert.Equal(hub.ReferralAttempts - hub.ReferralSuccesses, hub.SignalsLost);
    }

    [Fact]
    public void Work_OneCaseOfCredit_TriagesTheSevereVulnerableCaseFirst()
    {
        var (c, p) = Desk(hubCasesPerWeek: 7);
        p.Desk[0].Add(Case(resident: 1, need: NeedKind.Care, severity: 0.3f, vulnerable: false, day: 0));
        p.Desk[0].Add(Case(resident: 2, need: NeedKind.Care, severity: 0.3f, vulnerable: true, day: 1));
        p.Desk[0].Add(Case(resident: 3, need: NeedKind.Care, severity: 0.6f, vulnerable: false, day: 1));
        c.Day = 2;
        Hub.Work(c, p, 0);
        var worked = Assert.Single(p.Out.Items.ToArray(), m => m.Kind is MessageKind.Referred or MessageKind.Lost);
        Assert.Equal(2, worked.To);
        Assert.Equal([3, 1], p.Desk[0].Select(k => k.Resident));
    }

    [Fact]
    public void Work_SimpleQuestions_HandedOnForAShareOfACase()
    {
        var (c, p) = Desk(hubCasesPerWeek: 10.5);
        for (var r = 0; r < 5; r++) p.Desk[0].Add(Case(r, NeedKind.Rights, 0.5f, false, 0));
        p.Desk[0].Add(Case(9, NeedKind.Heavy, 0.3f, false, 0));
        Hub.Work(c, p, 0);
        Assert.Equal(5, p.Counters.HandedOn);
        Assert.Equal(9, Assert.Single(p.Desk[0]).Resident);
    }

    [Fact]
    public void Work_CaseWaitedReferOnDays_ReferredOnWithoutCredit()
    {
        var (c, p) = Desk(hubCasesPerWeek: 0);
        p.Desk[0].Add(Case(1, NeedKind.Care, 0.5f, false, 0));
        p.Desk[0].Add(Case(2, NeedKind.Care, 0.5f, false, 5));
        c.Day = c.Parameters.Hub.ReferOnDays;
        Hub.Work(c, p, 0);
        Assert.Equal(1, p.Counters.ReferredOnUnderLoad);
        Assert.Equal(2, Assert.Single(p.Desk[0]).Resident);
        Assert.Contains(p.Out.Items.ToArray(), m => m.To == 1 && m.Kind is MessageKind.Referred or MessageKind.Lost);
    }

    [Fact]
    public void Work_SuccessfulReferral_PutsTheCaseOnTheServiceList()
    {
        var (c, p) = Desk(hubCasesPerWeek: 70, s => s.Hub.ReferralBase = 1);
        p.Desk[0].Add(Case(4, NeedKind.Rights, 0.5f, true, 0));
        Hub.Work(c, p, 0);
        var request = Assert.Single(p.Out.Items.ToArray(), m => m.Kind == MessageKind.Request);
        Assert.Equal(p.FirstId + 1, request.To);
        Assert.Equal(4, request.From);
        Assert.Equal(p.FirstId, request.CaseReferrer);
        Assert.True(request.CaseVulnerable);
        Assert.Contains(p.Out.Items.ToArray(), m => m.To == 4 && m.Kind == MessageKind.Referred);
    }

    /// <summary>A hub (index 0) and a social worker (index 1) over a layout of ten residents in one settlement.</summary>
    internal static (DayContext, ProfessionalBlock) Desk(double hubCasesPerWeek, Action<ModelParameters>? change = null)
    {
        var parameters = new ModelParameters();
        parameters.Hub.CasesPerWeekPerFte = hubCasesPerWeek;
        change?.Invoke(parameters);
        ProfessionalKind[] kinds = [ProfessionalKind.CareDirector, ProfessionalKind.SocialWorker];
        var layout = new Layout(10, [0, 10], [0, 1], kinds);
        var all = new Professionals([(kinds[0], 1.0, 0), (kinds[1], 1.0, 0)], firstId: 10);
        return (new DayContext(parameters, 7, layout), new ProfessionalBlock(0, 2, all, parameters));
    }

    internal static ProfessionalBlock.Case Case(int resident, NeedKind need, float severity, bool vulnerable, int day) =>
        new(resident, day, 0.5f, need, severity, vulnerable, 0, false, severity + (vulnerable ? 0.5f : 0f));
}
