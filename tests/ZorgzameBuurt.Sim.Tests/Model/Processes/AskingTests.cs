using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class AskingTests
{
    /// <summary>A world where only asking can bring a need to help: nobody detects anything in contacts.</summary>
    private static ZorgzameBuurt.Sim.Spec.ScenarioSpec OnlyAsking(double askBase, double knowsContact) => TestWorlds.Spec(1500, s =>
    {
        var d = s.Parameters.Detection;
        d.FaceToFace = d.Phone = d.Chat = d.Form = d.HomeVisit = 0;
        s.Parameters.Needs.AskBase = askBase;
        s.Population.KnowsContactPersonShare = knowsContact;
    });

    [Fact]
    public void Run_NobodyAsksAndNobodyDetects_NoReferralAttempts()
    {
        var end = TestWorlds.Build(OnlyAsking(0, 0.5)).Run(200);
        Assert.Equal(0, end["referral_attempts"]);
        Assert.Equal(0, end["detections"]);
    }

    [Fact]
    public void Run_AskBaseHigher_MoreReferralAttempts()
    {
        var low = TestWorlds.Build(OnlyAsking(0.01, 0.5)).Run(200)["referral_attempts"];
        var high = TestWorlds.Build(OnlyAsking(0.04, 0.5)).Run(200)["referral_attempts"];
        Assert.True(low > 10, $"low {low}");
        Assert.True(high > low * 2, $"high {high}, low {low}");
    }

    [Fact]
    public void Run_EveryoneKnowsTheContactPerson_QuestionsReachTheHubDesk()
    {
        var world = TestWorlds.Build(OnlyAsking(0.02, 1));
        var end = world.Run(200);
        var nobody = TestWorlds.Build(OnlyAsking(0.02, 0)).Run(200);
        Assert.True(end["questions_handed_on"] + end["cases_referred_on_under_load"] > 20, $"hub cases {end["questions_handed_on"]}");
        Assert.Equal(0, nobody["questions_handed_on"] + nobody["cases_referred_on_under_load"]);
        Assert.True(end["needs_resolved_by_referral"] > nobody["needs_resolved_by_referral"],
            $"knowing the contact person {end["needs_resolved_by_referral"]}, nobody {nobody["needs_resolved_by_referral"]}");
    }
}
