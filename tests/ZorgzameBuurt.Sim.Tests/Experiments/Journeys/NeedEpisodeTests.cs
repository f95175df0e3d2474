using ZorgzameBuurt.Sim.Experiments.Journeys;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Journeys;

public sealed class NeedEpisodeTests
{
    private static HistoryEvent E(int day, HistoryKind kind, int other = -1) => new(3, day, kind, other, NeedKind.Social, Channel.FaceToFace);

    [Fact]
    public void From_NeedNoticedSignalledReferredResolved_IsOneEpisodeWithEachDay()
    {
        var episodes = NeedEpisode.From([
            E(12, HistoryKind.NeedArose), E(20, HistoryKind.TieFormed, 8), E(43, HistoryKind.Detected, 812),
            E(44, HistoryKind.SignalLost, 812), E(50, HistoryKind.Signalled, 1000), E(55, HistoryKind.Referred, 1000),
            E(60, HistoryKind.Resolved),
        ]);
        var e = Assert.Single(episodes);
        Assert.Equal(new NeedEpisode(NeedKind.Social, 12, 43, 812, 50, 55, 60, EpisodeOutcome.Resolved, 1), e);
        Assert.Equal(31, e.HiddenDays(100));
        Assert.Equal("a social need from day 12: noticed on day 43 by agent 812 (hidden 31 days), signal at the hub on day 50, " +
                     "1 signal(s) lost, referred on day 55, resolved on day 60", e.Describe(100));
    }

    [Fact]
    public void From_NeedNeverNoticed_StaysHiddenUntilToday()
    {
        var e = Assert.Single(NeedEpisode.From([E(10, HistoryKind.NeedArose)]));
        Assert.Equal(EpisodeOutcome.Open, e.Outcome);
        Assert.Equal(140, e.HiddenDays(150));
        Assert.Contains("never noticed (hidden 140 days), still open on day 150", e.Describe(150), StringComparison.Ordinal);
    }

    [Fact]
    public void From_NeedOpenAtTheStartThenASecondNeed_GivesTwoEpisodes()
    {
        var episodes = NeedEpisode.From([
            E(2, HistoryKind.Asked), E(2, HistoryKind.Detected, 3), E(9, HistoryKind.SelfResolved),
            E(30, HistoryKind.NeedArose), E(31, HistoryKind.HelpedInformally, 7),
        ]);
        Assert.Equal(2, episodes.Count);
        Assert.Equal((0, 2, EpisodeOutcome.SelfResolved), (episodes[0].Onset, episodes[0].NoticedDay!.Value, episodes[0].Outcome));
        Assert.Equal((30, 31, 7, EpisodeOutcome.Open), (episodes[1].Onset, episodes[1].NoticedDay!.Value, episodes[1].NoticedBy, episodes[1].Outcome));
    }
}
