using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class LonelinessTests
{
    /// <summary>A world without everyday contact (no encounters, ties as synthesised) and one of its residents with a
    /// household, no role and no disposition, so her target is set by the tie sums the test writes.</summary>
    private static (World World, ResidentBlock Block, int Local) Resident(Action<LonelinessParameters>? tweak = null)
    {
        var world = TestWorlds.Build(TestWorlds.Spec(300, s =>
        {
            s.Parameters.Contact.PerDay = 0;
            tweak?.Invoke(s.Parameters.Loneliness);
        }));
        var (b, i) = Blocks.Of(world, 0);
        b.Trait[i] = Traits.KinInArea;
        b.Role[i] = Role.None;
        b.Disposition[i] = 0;
        b.Encounters[i] = 0;
        var s = b.Sums.AsSpan(i * ResidentBlock.SumKinds, ResidentBlock.SumKinds);
        s.Clear();
        s[(int)TieKind.Household] = 0.9f;
        s[(int)TieKind.Neighbour] = 0.3f;
        Loneliness.Initialise(world.Context, b, i);
        b.Encounters[i] = 0;
        b.Belonging[i] = Loneliness.BelongingTarget(world.Context, b, i);
        b.Loneliness[i] = Loneliness.Target(world.Context, b, i);
        return (world, b, i);
    }

    private static void AddNeighbourTies(ResidentBlock b, int i, float strength) =>
        b.Sums[i * ResidentBlock.SumKinds + (int)TieKind.Neighbour] += strength;

    private static void Days(World w, ResidentBlock b, int i, int days)
    {
        for (var d = 0; d < days; d++) Loneliness.Run(w.Context, b, i);
    }

    [Fact]
    public void Run_GainsWeakTies_LonelinessFallsQuicklyALittleAndSlowlyMore()
    {
        var (w, b, i) = Resident();
        var start = b.Loneliness[i];
        AddNeighbourTies(b, i, 2f);

        Days(w, b, i, 30);
        var month = start - b.Loneliness[i];
        Days(w, b, i, 700);
        var twoYears = start - b.Loneliness[i];

        Assert.True(month > 0.01, $"fast part: {month}");
        Assert.True(twoYears > 2.5 * month, $"slow part: month {month}, two years {twoYears}");
        // The fast part has followed its target; belonging is still on its way after two years (1 − e^−2 ≈ 86%).
        Assert.Equal(Loneliness.Target(w.Context, b, i), b.Loneliness[i], 2);
        Assert.True(b.Belonging[i] < Loneliness.BelongingTarget(w.Context, b, i) - 0.01);
    }

    [Fact]
    public void Run_GainsWeakTies_BelongingLagsByItsTimeConstant()
    {
        var (w, b, i) = Resident();
        var from = b.Belonging[i];
        AddNeighbourTies(b, i, 2f);
        var to = Loneliness.BelongingTarget(w.Context, b, i);
        var days = (int)w.Parameters.Loneliness.BelongingDays;

        Days(w, b, i, days);

        // A first-order lag reaches 1 − 1/e ≈ 63% of a step in one time constant.
        Assert.Equal(1 - Math.Exp(-1), (b.Belonging[i] - from) / (to - from), 2);
    }

    [Fact]
    public void Run_WithoutBelongingShare_FollowsWeakTiesWithinWeeks()
    {
        var (w, b, i) = Resident(l => l.BelongingShare = 0);
        var start = b.Loneliness[i];
        AddNeighbourTies(b, i, 2f);
        var target = Loneliness.Target(w.Context, b, i);

        Days(w, b, i, 90);

        Assert.True(target < start);
        Assert.Equal(target, b.Loneliness[i], 2);
    }

    [Fact]
    public void Target_LivingAloneWithoutKin_LonelierAtEqualTies()
    {
        var (w, b, i) = Resident();
        var with = Loneliness.Target(w.Context, b, i);
        b.Trait[i] = Traits.LivingAlone;
        var alone = Loneliness.Target(w.Context, b, i);
        var relief = w.Parameters.Loneliness.BaseTarget - with;
        Assert.Equal(w.Parameters.Loneliness.BaseTarget - relief / w.Parameters.Loneliness.AloneSensitivity, alone, 5);
        Assert.True(alone > with + 0.02);
    }

    [Fact]
    public void Target_InclusiveRole_LowersTargetAndBelongingTarget()
    {
        var (w, b, i) = Resident();
        var target = Loneliness.Target(w.Context, b, i);
        var belonging = Loneliness.BelongingTarget(w.Context, b, i);
        b.Role[i] = Role.CaringNeighbour;
        Assert.True(Loneliness.Target(w.Context, b, i) < target);
        Assert.True(Loneliness.BelongingTarget(w.Context, b, i) > belonging);
    }

    [Fact]
    public void Resolve_SocialNeedMet_LowersLoneliness()
    {
        var (w, b, i) = Resident();
        float After(HistoryKind how)
        {
            b.Loneliness[i] = 0.5f;
            b.NeedKind[i] = NeedKind.Social;
            b.NeedState[i] = NeedState.InService;
            b.NeedOnset[i] = w.Context.Day;
            Resolution.Resolve(w.Context, b, i, how, -1);
            return b.Loneliness[i];
        }
        Assert.Equal(0.5 - w.Parameters.Loneliness.SocialNeedRelief, After(HistoryKind.Resolved), 5);
        Assert.Equal(0.5, After(HistoryKind.SelfResolved), 5);
    }

    [Fact]
    public void Initialise_EveryResident_BelongingAtItsTargetAndTargetAsSingleSpeed()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(400));
        var single = TestWorlds.Build(TestWorlds.Spec(400, s => s.Parameters.Loneliness.BelongingShare = 0));
        for (var id = 0; id < 400; id++)
        {
            var (b, i) = Blocks.Of(world, id);
            var (sb, si) = Blocks.Of(single, id);
            Assert.Equal(Loneliness.BelongingTarget(world.Context, b, i), b.Belonging[i]);
            Assert.Equal((double)sb.Loneliness[si], b.Loneliness[i], 1e-5);
        }
    }

    [Fact]
    public void Run_BaselineSmallWorld_MeanLonelinessAndBelongingStayFlatOverAYear()
    {
        var world = TestWorlds.Build(TestWorlds.Spec(800));
        var days = new List<double>();
        var lonely = new List<double>();
        var belonging = new List<double>();
        void Take(IndicatorSet s)
        {
            days.Add(s.Day);
            lonely.Add(s[IndicatorNames.MeanLoneliness]);
            belonging.Add(s[IndicatorNames.MeanBelonging]);
        }
        Take(world.Indicators());
        world.Run(365, 30, Take);

        // Least-squares slope per year: the start is the model's own steady state, so a baseline does not drift.
        Assert.InRange(Slope(days, lonely) * 365, -0.03, 0.03);
        Assert.InRange(Slope(days, belonging) * 365, -0.03, 0.03);
        Assert.InRange(belonging[0], 0.05, 0.95);
    }

    private static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0;
        for (var k = 0; k < x.Count; k++)
        {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxy / sxx;
    }
}
