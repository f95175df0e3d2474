using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class CompanionsTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_Companions_GiveMatchedResidentsANewTieAndLessLoneliness()
    {
        var spec = Municipality(1000);
        var baseline = Run(spec, 365, null);
        var world = Run(spec, 365, null, new Companions(new CompanionsOptions()));
        var companions = Get<Companions>(world);
        var matched = companions.MatchedResidents.Distinct().ToArray();
        var withTie = matched.Count(id => world.TiesOf(id).Any(t => t.Kind == TieKind.Volunteer && world.RoleOf(t.Other) == Role.Companion));
        var lonelinessWith = matched.Average(world.LonelinessOf);
        var lonelinessWithout = matched.Average(baseline.LonelinessOf);
        var startLoneliness = matched.Average(Create(spec).LonelinessOf);
        output.WriteLine($"{matched.Length} matched ({companions.ActivePairs} pairs active); with a companion tie at the end {withTie}; " +
                         $"their mean loneliness: start {startLoneliness:F3}, a year later with companions {lonelinessWith:F3}, without {lonelinessWithout:F3}");
        Assert.Equal(20, matched.Length);
        Assert.True(withTie >= matched.Length * 3 / 4);
        Assert.True(lonelinessWith < lonelinessWithout - 0.005);
        Assert.True(matched.All(world.KnowsContactPerson));
    }

    [Fact]
    public void Match_Candidates_HaveSmallNetworksOrAreLonely()
    {
        var spec = Municipality(1000);
        var world = Create(spec, new Companions(new CompanionsOptions()));
        for (var d = 0; d < 3; d++) world.Step();
        var matched = Get<Companions>(world).MatchedResidents;
        var threshold = world.Parameters.Loneliness.Threshold;
        Assert.NotEmpty(matched);
        Assert.All(matched, id => Assert.True(world.LonelinessOf(id) >= threshold - 0.05 || world.Town.NetworkStrength(id) < 3.1));
    }
}
