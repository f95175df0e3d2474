using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class DetectionTests
{
    [Fact]
    public void Run_HigherTrust_NeedsDetectedSoonerAndFewerStayHidden()
    {
        ZorgzameBuurt.Sim.Indicators.IndicatorSet Run(double trust) =>
            TestWorlds.Build(TestWorlds.Spec(1500, s => s.Population.TrustMean = trust)).Run(365);
        var low = Run(0.15);
        var high = Run(0.85);
        Console.WriteLine($"trust low: det {low["detections"]} arisen {low["needs_arisen"]} hidden {low["hidden_need_share"]} latency {low["detection_latency_days"]}");
        Console.WriteLine($"trust high: det {high["detections"]} arisen {high["needs_arisen"]} hidden {high["hidden_need_share"]} latency {high["detection_latency_days"]}");
        Assert.True(high["hidden_need_share"] < low["hidden_need_share"]);
        Assert.True(high["detection_latency_days"] <= low["detection_latency_days"]);
    }

    [Fact]
    public void Chance_FaceToFaceVersusChatAndForm_Ordered()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(100));
        var (b, i) = Blocks.Of(world, 3);
        b.NeedKind[i] = NeedKind.Care;
        b.NeedSeverity[i] = 0.5f;
        var c = world.Context;
        var f2f = Detection.Chance(c, b, i, Channel.FaceToFace, 0.5f, 0.5f);
        var chat = Detection.Chance(c, b, i, Channel.Chat, 0.5f, 0.5f);
        var form = Detection.Chance(c, b, i, Channel.Form, 0.5f, 0.5f);
        var visit = Detection.Chance(c, b, i, Channel.HomeVisit, 0.5f, 0.5f);
        Assert.True(visit > f2f && f2f > chat && chat > form);
    }

    [Fact]
    public void Chance_StrongerTie_Higher()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(100));
        var (b, i) = Blocks.Of(world, 3);
        b.NeedKind[i] = NeedKind.Social;
        var c = world.Context;
        Assert.True(Detection.Chance(c, b, i, Channel.FaceToFace, 0.2f, 0.9f) > Detection.Chance(c, b, i, Channel.FaceToFace, 0.2f, 0.1f));
    }
}
