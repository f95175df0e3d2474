using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class TieDynamicsTests
{
    [Fact]
    public void Strength_UntouchedTieAfterNDays_EqualsClosedForm()
    {
        var spec = TestWorlds.Spec(300, s => s.Parameters.Contact.PerDay = 0);
        var world = TestWorlds.Build(spec);
        var (a, tie) = Enumerable.Range(0, 300)
            .SelectMany(id => world.TiesOf(id).Select(t => (id, t)))
            .First(x => x.t.Kind == TieKind.Neighbour);
        var w0 = tie.Strength;

        world.Run(137);

        var expected = w0 * Math.Pow(2, -137 / spec.Parameters.Ties.NeighbourHalfLife);
        Assert.Equal(expected, world.TieStrength(a, tie.Other), 5);
        Assert.Equal(world.TieStrength(a, tie.Other), world.TieStrength(tie.Other, a));
    }

    [Fact]
    public void Strength_HouseholdTie_DoesNotDecay()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(300, s => s.Parameters.Contact.PerDay = 0));
        var (a, tie) = Enumerable.Range(0, 300)
            .SelectMany(id => world.TiesOf(id).Select(t => (id, t)))
            .First(x => x.t.Kind == TieKind.Household);
        world.Run(400);
        Assert.Equal(tie.Strength, world.TieStrength(a, tie.Other), 6);
    }

    [Fact]
    public void Contact_FaceToFace_ReinforcesMoreThanChat()
    {
        var spec = TestWorlds.Spec(200, s => s.Parameters.Contact.PerDay = 0);
        float After(Channel channel)
        {
            var world = TestWorlds.Build(spec);
            var (b, i) = Blocks.Of(world, 0);
            var before = ZorgzameBuurt.Sim.Model.Processes.TieDynamics.Touch(world.Context, b, i, 1, channel, TieKind.Friend);
            return ZorgzameBuurt.Sim.Model.Processes.TieDynamics.Touch(world.Context, b, i, 1, channel, TieKind.Friend) - before;
        }
        Assert.True(After(Channel.FaceToFace) > After(Channel.Phone));
        Assert.True(After(Channel.Phone) > After(Channel.Chat));
    }
}
