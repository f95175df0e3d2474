using System.Globalization;
using System.Text;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Engine;

public sealed class DeterminismTests
{
    /// <summary>A weekly meeting of random residents with the care director present: enough to exercise
    /// intervention messages, tie formation, professional detection and the hub across partitions.</summary>
    private sealed class WeeklyMeeting : IIntervention
    {
        public string Key => "weekly_meeting";

        public void OnDay(InterventionContext ctx)
        {
            if (ctx.Day % 7 != 3) return;
            var rng = ctx.Rng();
            var n = ctx.Town.Residents.Count;
            var hub = ctx.Town.Professionals.FirstId + ctx.Town.Hubs[0];
            for (var i = 0; i < 40; i++)
            {
                var a = rng.NextInt(n);
                var b = rng.NextInt(n);
                if (a != b) ctx.Meet(a, b, Channel.FaceToFace, TieKind.Friend, ctx.KeyFor(0, i));
                ctx.ProfessionalMeets(hub, a, Channel.FaceToFace, ctx.KeyFor(1, i));
                ctx.Reach(a);
            }
        }
    }

    private static string Run(int threads, ulong seed = 7)
    {
        var spec = TestWorlds.Spec(6000, s => s.Seed = seed);
        var world = TestWorlds.Build(spec, [new WeeklyMeeting()], threads);
        var text = new StringBuilder();
        world.Run(120, 30, set =>
        {
            foreach (var (name, value) in set.Pairs())
                text.Append(set.Day).Append(' ').Append(name).Append('=').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        });
        return text.ToString();
    }

    [Fact]
    public void Run_OneVersusManyThreads_ByteIdenticalIndicators()
    {
        var one = Run(1);
        Assert.Equal(one, Run(2));
        Assert.Equal(one, Run(Environment.ProcessorCount + 2));
    }

    [Fact]
    public void Run_SameSeedTwice_Identical_OtherSeed_Differs()
    {
        Assert.Equal(Run(1, 11), Run(1, 11));
        Assert.NotEqual(Run(1, 11), Run(1, 12));
    }
}
