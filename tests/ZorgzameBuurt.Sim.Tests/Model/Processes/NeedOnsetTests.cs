using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class NeedOnsetTests(ITestOutputHelper output)
{
    private const int Resident = 3;

    private static World World(Action<NeedParameters>? tweak = null) =>
        TestWorlds.Build(TestWorlds.Spec(100, s => tweak?.Invoke(s.Parameters.Needs)));

    /// <summary>How many of <paramref name="days"/> independent resident-days with no open need start one.</summary>
    private static int Onsets(World w, AgeBand age, Traits traits, int days)
    {
        var (b, i) = Blocks.Of(w, Resident);
        b.Age[i] = age;
        b.Trait[i] = traits;
        var n = 0;
        for (var d = 0; d < days; d++)
        {
            b.NeedState[i] = NeedState.None;
            NeedOnset.Run(w.Context, b, i, CounterRng.Mix((ulong)d + 0x51EDUL));
            if (b.NeedState[i] != NeedState.None) n++;
        }
        return n;
    }

    [Fact]
    public void Run_Aged75PlusAndRiskFactors_HazardRises()
    {
        const int days = 400_000;
        var w = World();
        var p = w.Context.Parameters.Needs;
        var young = Onsets(w, AgeBand.Age18To64, Traits.None, days);
        var old = Onsets(w, AgeBand.Age75Plus, Traits.None, days);
        var oldAloneChronic = Onsets(w, AgeBand.Age75Plus, Traits.LivingAlone | Traits.ChronicCondition, days);
        var youngPoor = Onsets(w, AgeBand.Age18To64, Traits.LowIncome, days);
        output.WriteLine($"onsets in {days} days: 18-64 {young}, 75+ {old}, 75+ alone and chronic {oldAloneChronic}, 18-64 low income {youngPoor}");
        Assert.InRange(young, days * p.Hazard * 0.85, days * p.Hazard * 1.15);
        Assert.InRange((double)old / young, p.Aged75PlusFactor * 0.8, p.Aged75PlusFactor * 1.2);
        Assert.InRange((double)youngPoor / young, p.RiskFactor * 0.8, p.RiskFactor * 1.2);
        var all = p.Aged75PlusFactor * p.RiskFactor * p.RiskFactor;
        Assert.InRange((double)oldAloneChronic / young, all * 0.8, all * 1.2);
    }

    [Fact]
    public void Arise_ManyDraws_KindSharesRespected()
    {
        const int draws = 50_000;
        var w = World();
        var (b, i) = Blocks.Of(w, Resident);
        var counts = new int[5];
        for (var d = 0; d < draws; d++)
        {
            var rng = new CounterRng(CounterRng.Mix((ulong)d));
            NeedOnset.Arise(w.Context, b, i, ref rng);
            counts[(int)b.NeedKind[i]]++;
        }
        var p = w.Context.Parameters.Needs;
        var shares = new Dictionary<NeedKind, double>
        {
            [NeedKind.Rights] = p.RightsShare, [NeedKind.Practical] = p.PracticalShare, [NeedKind.Social] = p.SocialShare,
            [NeedKind.Care] = p.CareShare, [NeedKind.Heavy] = p.HeavyShare,
        };
        var total = shares.Values.Sum();
        foreach (var (kind, share) in shares)
        {
            var seen = counts[(int)kind] / (double)draws;
            output.WriteLine($"{kind}: {seen:0.000} (share {share / total:0.000})");
            Assert.InRange(seen, share / total - 0.01, share / total + 0.01);
        }
    }

    [Fact]
    public void Arise_Severity_WithinTheConfiguredRangeOfItsKind()
    {
        var w = World(n => (n.HeavySeverityMin, n.HeavySeverityMax, n.OtherSeverityMin, n.OtherSeverityMax) = (0.8, 0.95, 0.2, 0.7));
        var (b, i) = Blocks.Of(w, Resident);
        var heavy = new List<float>();
        var other = new List<float>();
        for (var d = 0; d < 20_000; d++)
        {
            var rng = new CounterRng(CounterRng.Mix((ulong)d ^ 0xABCDUL));
            NeedOnset.Arise(w.Context, b, i, ref rng);
            (b.NeedKind[i] == NeedKind.Heavy ? heavy : other).Add(b.NeedSeverity[i]);
        }
        output.WriteLine($"heavy {heavy.Min():0.000}–{heavy.Max():0.000} ({heavy.Count}), other {other.Min():0.000}–{other.Max():0.000} ({other.Count})");
        Assert.All(heavy, s => Assert.InRange(s, 0.8f, 0.95f));
        Assert.All(other, s => Assert.InRange(s, 0.2f, 0.7f));
        Assert.True(heavy.Min() < 0.81f && heavy.Max() > 0.94f);   // the whole range is used
        Assert.True(other.Min() < 0.21f && other.Max() > 0.69f);
    }

    [Theory]
    [InlineData(NeedState.Hidden)]
    [InlineData(NeedState.Signalled)]
    [InlineData(NeedState.Waiting)]
    [InlineData(NeedState.InService)]
    public void Run_NeedOpen_NoSecondNeedArises(NeedState open)
    {
        var w = World();
        var (b, i) = Blocks.Of(w, Resident);
        b.Age[i] = AgeBand.Age75Plus;
        b.Trait[i] = Traits.LivingAlone | Traits.ChronicCondition | Traits.LowIncome;
        b.NeedState[i] = open;
        b.NeedKind[i] = NeedKind.Care;
        b.NeedOnset[i] = -5;
        b.NeedSeverity[i] = 0.42f;
        var arisen = b.Counters.NeedsArisen;
        for (var d = 0; d < 20_000; d++) NeedOnset.Run(w.Context, b, i, CounterRng.Mix((ulong)d));
        Assert.Equal(open, b.NeedState[i]);
        Assert.Equal(NeedKind.Care, b.NeedKind[i]);
        Assert.Equal(-5, b.NeedOnset[i]);
        Assert.Equal(0.42f, b.NeedSeverity[i]);
        Assert.Equal(arisen, b.Counters.NeedsArisen);

        b.NeedState[i] = NeedState.None;   // the same days with the slot free do start needs
        for (var d = 0; d < 20_000 && b.NeedState[i] == NeedState.None; d++) NeedOnset.Run(w.Context, b, i, CounterRng.Mix((ulong)d));
        Assert.Equal(arisen + 1, b.Counters.NeedsArisen);
    }
}
