using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class CommonTests
{
    [Fact]
    public void IsOn_WeeklyWithOffset_EverySeventhDayFromStartPlusOffset()
    {
        var s = new Schedule(Frequency.Weekly, offset: 2) { Start = 10, End = 40 };
        var days = Enumerable.Range(0, 60).Where(s.IsOn);
        Assert.Equal([12, 19, 26, 33], days);
    }

    [Fact]
    public void IsOn_OnceAndNever_HappenAtMostOnce()
    {
        Assert.Equal([5], Enumerable.Range(0, 400).Where(new Schedule(Frequency.Once) { Start = 5 }.IsOn));
        Assert.DoesNotContain(Enumerable.Range(0, 400), new Schedule(Frequency.Never).IsOn);
        Assert.Equal([0, 91, 182, 273, 364], Enumerable.Range(0, 400).Where(new Schedule(Frequency.Quarterly).IsOn));
        Assert.Equal([3, 33, 63], Enumerable.Range(0, 90).Where(new Schedule(Frequency.Monthly, 3).IsOn));
    }

    [Fact]
    public void Select_TargetGroup_MatchesAgeHouseholdVulnerabilityAndSettlement()
    {
        var w = Create(Municipality(1000));
        var group = new TargetGroup(MinimumAge.Over75, livingAloneOnly: true) { Settlement = "deeldorp" };
        var ids = group.Select(w.Town);
        Assert.NotEmpty(ids);
        Assert.All(ids, id =>
        {
            Assert.Equal(AgeBand.Age75Plus, w.Residents.Age[id]);
            Assert.True(w.Residents.Has(id, Traits.LivingAlone));
            Assert.Equal(1, w.Residents.Settlement[id]);
        });
        var all = Enumerable.Range(0, w.Residents.Count).Count(id =>
            w.Residents.Age[id] == AgeBand.Age75Plus && w.Residents.Has(id, Traits.LivingAlone) && w.Residents.Settlement[id] == 1);
        Assert.Equal(all, ids.Length);
        Assert.All(new TargetGroup(MinimumAge.Adult) { VulnerableOnly = true }.Select(w.Town), id => Assert.True(w.Residents.Has(id, Traits.Vulnerable)));
    }

    [Fact]
    public void Select_UnknownSettlement_ThrowsWithTheKnownNames()
    {
        var w = Create(Municipality(600));
        var e = Assert.Throws<InvalidOperationException>(() => new TargetGroup { Settlement = "atlantis" }.Select(w.Town));
        Assert.Contains("deeldorp", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rng_SameInterventionAtAnotherMixPosition_DrawsTheSameNumbers()
    {
        var spec = Municipality(600);
        var alone = Create(spec, new Restaurant(new RestaurantOptions()));
        var second = Create(spec, new CallRound(new CallRoundOptions()), new Restaurant(new RestaurantOptions()));
        var a = ContextOf<Restaurant>(alone);
        var b = ContextOf<Restaurant>(second);
        Assert.NotEqual(a.Index, b.Index);
        Assert.Equal(a.Rng(3).NextUInt64(), b.Rng(3).NextUInt64());
        Assert.Equal(a.KeyFor(2, 17), b.KeyFor(2, 17));
        Assert.NotEqual(a.Rng(3).NextUInt64(), ContextOf<CallRound>(second).Rng(3).NextUInt64());
        Assert.NotEqual(a.KeyFor(2, 17), a.KeyFor(3, 17));
    }

    [Fact]
    public void Run_SameSeedAndMix_Reproduces()
    {
        var spec = Municipality(600);
        var x = Create(spec, [.. Mixes.Parse("restaurant+caring_streets+walking_routes", spec)]).Run(60);
        var y = Create(spec, [.. Mixes.Parse("restaurant+caring_streets+walking_routes", spec)]).Run(60);
        Assert.Equal(x.Values, y.Values);
    }
}
