using ZorgzameBuurt.Sim.Analysis;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Network;

public sealed class NetworkAnalysisTests
{
    private static SnapshotTie Tie(int a, int b, float strength = 0.5f, TieKind kind = TieKind.Neighbour) => new(a, b, kind, strength);

    /// <summary>Residents 0–5, one professional (6, the help circuit): 6–0–1–2, 1–3, 3–2 (a cycle), 2–4; 5 alone.</summary>
    private static TieSnapshot Village() => TieSnapshot.Of(6, 1,
        [Tie(0, 6, kind: TieKind.Professional), Tie(0, 1), Tie(1, 2), Tie(1, 3), Tie(2, 3), Tie(2, 4)],
        [false, false, false, false, false, false, true]);

    [Fact]
    public void Of_SmallVillage_DistancesCountTiesToHelp()
    {
        var a = NetworkAnalysis.Of(Village());
        Assert.Equal([1, 2, 3, 3, 4, NetworkAnalysis.Unreachable, 0], a.DistanceToHelp);
    }

    [Fact]
    public void Of_SmallVillage_CutVerticesAreThoseWhoseLossCutsOthersOffFromHelp()
    {
        var a = NetworkAnalysis.Of(Village());
        Assert.Equal([true, true, true, false, false, false], a.IsCutVertex.Take(6));
        Assert.Equal(4, a.CutOffBy[0]); // 1, 2, 3, 4 hang on resident 0
        Assert.Equal(3, a.CutOffBy[1]); // 2, 3, 4 — the cycle 1–2–3 does not bypass 1
        Assert.Equal(1, a.CutOffBy[2]); // only 4
        Assert.Equal(0, a.CutOffBy[3]);
    }

    [Fact]
    public void Of_SmallVillage_CountsComponentsAndIsolatedResidents()
    {
        var a = NetworkAnalysis.Of(Village());
        Assert.Equal(2, a.Components);
        Assert.Equal([false, false, false, false, false, true], a.IsIsolated.Take(6));
    }

    [Fact]
    public void Of_WeakTieAndFirstLineProfessional_CarryNoPath()
    {
        // 0–1 too weak; 1–2 through a first-line professional (3, not a helper); helper 4 tied to 0.
        var s = TieSnapshot.Of(3, 2,
            [Tie(0, 1, NetworkAnalysis.MinimumStrength / 2), Tie(1, 3, kind: TieKind.Professional), Tie(2, 3, kind: TieKind.Professional), Tie(0, 4, kind: TieKind.Professional)],
            [false, false, false, false, true]);
        var a = NetworkAnalysis.Of(s);
        Assert.Equal([1, NetworkAnalysis.Unreachable, NetworkAnalysis.Unreachable], a.DistanceToHelp.Take(3));
        Assert.True(a.IsIsolated[1]);
    }

    [Fact]
    public void Indicators_SmallVillage_AreSharesAndRatesOfTheAnalysis()
    {
        var values = NetworkIndicators.Of(NetworkAnalysis.Of(Village()), 6).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(NetworkIndicators.Names, values.Keys);
        Assert.Equal(1000.0 * 2 / 6, values[NetworkIndicators.ComponentsPer1000], 9);
        Assert.Equal(1 / 6.0, values[NetworkIndicators.TielessShare], 9);
        Assert.Equal(1 / 6.0, values[NetworkIndicators.NoPathToHelpShare], 9);
        Assert.Equal((1 + 2 + 3 + 3 + 4) / 5.0, values[NetworkIndicators.MeanDistanceToHelp], 9);
        Assert.Equal(1000.0 * 3 / 6, values[NetworkIndicators.HelpCutVerticesPer1000], 9);
    }

    [Fact]
    public void Take_RealWorld_CountsEachTieOnceAndMarksTheCareDirectorAsHelp()
    {
        var spec = ScenarioLoader.Resolve(Presets.Default).Spec!;
        ScenarioOverrides.Apply(spec, ["population.inhabitants=500"]);
        var world = World.Create(spec);
        var s = TieSnapshot.Take(world);
        Assert.Equal(s.Ties.Count, s.Ties.Select(t => (t.A, t.B)).Distinct().Count());
        Assert.All(s.Ties, t => Assert.True(t.A < t.B));
        var hub = world.Residents.Count + world.Hubs[0];
        Assert.True(s.Helpers[hub]);
        var analysis = NetworkAnalysis.Of(s);
        Assert.Equal(0, analysis.DistanceToHelp[hub]);
        Assert.All(Enumerable.Range(0, world.Residents.Count).Where(id => world.KnowsContactPerson(id)),
            id => Assert.Equal(1, analysis.DistanceToHelp[id]));
    }
}
