using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class EverydayContactTests
{
    [Fact]
    public void Rate_LonelierResident_Lower()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(200));
        var (b, i) = Blocks.Of(world, 5);
        b.Loneliness[i] = 0.1f;
        var open = EverydayContact.Rate(world.Context, b, i);
        b.Loneliness[i] = 0.9f;
        var lonely = EverydayContact.Rate(world.Context, b, i);
        Assert.Equal((1 - 0.5 * 0.9) / (1 - 0.5 * 0.1), lonely / open, 5);
    }

    [Fact]
    public void Step_EveryoneLonely_FewerContactsSameSeed()
    {
        long Contacts(float loneliness)
        {
            var world = TestWorlds.Build(TestWorlds.Spec(1000));
            Blocks.FillLoneliness(world, loneliness);
            world.Step();
            return (long)world.Indicators()["contacts"];
        }
        var open = Contacts(0.1f);
        var lonely = Contacts(0.9f);
        Assert.True(lonely < open * 0.75, $"lonely {lonely} vs open {open}");
    }
}
