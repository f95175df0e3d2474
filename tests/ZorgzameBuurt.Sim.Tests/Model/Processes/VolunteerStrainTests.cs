using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;
using Worlds = ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Model.Processes;

public sealed class VolunteerStrainTests(ITestOutputHelper output)
{
    private const int Volunteer = 3;

    private static World World(Action<VolunteerParameters>? tweak = null) =>
        TestWorlds.Build(TestWorlds.Spec(100, s => tweak?.Invoke(s.Parameters.Volunteers)));

    /// <summary>
    /// Runs <paramref name="trials"/> volunteers of the given capacity through <paramref name="weeks"/> weeks of
    /// <paramref name="hours"/> each (intervision every <paramref name="intervisionEvery"/> weeks, 0: never);
    /// the week each dropped out in, or −1.
    /// </summary>
    private static int[] DropOutWeeks(World w, int trials, int weeks, float capacity, float hours, int intervisionEvery = 0)
    {
        var (b, i) = Blocks.Of(w, Volunteer);
        var c = w.Context;
        var result = new int[trials];
        for (var t = 0; t < trials; t++)
        {
            b.Role[i] = Role.CaringNeighbour;
            b.Capacity[i] = capacity;
            b.Strain[i] = 0;
            result[t] = -1;
            for (var week = 0; week < weeks; week++)
            {
                if (intervisionEvery > 0 && week % intervisionEvery == intervisionEvery - 1)
                    Delivery.Deliver(c, b, 0, Message.Of(MessageKind.Intervision, Volunteer, -1));
                b.Load[i] = hours;
                var rng = new CounterRng(CounterRng.Mix(((ulong)t << 20) ^ (ulong)week));
                VolunteerStrain.Weigh(c, b, i, ref rng);
                if (b.Role[i] != Role.None) continue;
                result[t] = week;
                break;
            }
        }
        return result;
    }

    [Fact]
    public void Weigh_FarOverCapacity_MostDropOutWithinHalfAYearButNotAllInTheSameWeek()
    {
        var weeks = DropOutWeeks(World(), 400, 26, capacity: 2, hours: 8);
        var dropped = weeks.Count(x => x >= 0);
        var firstWeek = weeks.Count(x => x == 0);
        var distinct = weeks.Where(x => x >= 0).Distinct().Count();
        output.WriteLine($"{dropped} of 400 dropped out within 26 weeks; {firstWeek} in the first week; in {distinct} different weeks");
        Assert.True(dropped >= 380);
        Assert.True(firstWeek <= 8);   // a hazard that rises with strain, not an instant exit
        Assert.True(distinct >= 3);    // chance: identical volunteers leave in different weeks
    }

    [Fact]
    public void Weigh_UnderCapacityWithoutBaseHazard_NeverDropsOutAndStaysUnstrained()
    {
        var w = World(v => v.BaseDropOutHazard = 0);
        var weeks = DropOutWeeks(w, 200, 104, capacity: 6, hours: 3);
        var (b, i) = Blocks.Of(w, Volunteer);
        Assert.All(weeks, x => Assert.Equal(-1, x));
        Assert.Equal(0f, b.Strain[i]);
    }

    [Fact]
    public void Weigh_UnderCapacity_DropsOutAtAboutTheBaseHazard()
    {
        var w = World();
        var weeks = DropOutWeeks(w, 2000, 52, capacity: 6, hours: 3);
        var share = weeks.Count(x => x >= 0) / 2000.0;
        var expected = 1 - Math.Pow(1 - w.Context.Parameters.Volunteers.BaseDropOutHazard, 52);
        output.WriteLine($"share dropped within a year under capacity: {share:0.000} (base hazard gives {expected:0.000})");
        Assert.InRange(share, expected * 0.6, expected * 1.4);
    }

    [Fact]
    public void Deliver_Intervision_RemovesTheReliefShareOfStrain()
    {
        var w = World();
        var (b, i) = Blocks.Of(w, Volunteer);
        b.Role[i] = Role.CaringNeighbour;
        b.Strain[i] = 0.6f;
        Delivery.Deliver(w.Context, b, 0, Message.Of(MessageKind.Intervision, Volunteer, -1));
        Assert.Equal(0.6 * (1 - w.Context.Parameters.Volunteers.IntervisionRelief), b.Strain[i], 4);
    }

    [Fact]
    public void Weigh_ModeratelyOverCapacity_QuarterlyIntervisionKeepsMoreVolunteers()
    {
        var w = World();
        var without = DropOutWeeks(w, 1000, 52, capacity: 4, hours: 5).Count(x => x >= 0);
        var with = DropOutWeeks(w, 1000, 52, capacity: 4, hours: 5, intervisionEvery: 13).Count(x => x >= 0);
        output.WriteLine($"dropped out within a year at 5 h against 4 h: without intervision {without}, with quarterly intervision {with} (of 1000)");
        Assert.True(with < without / 2);
    }

    [Fact]
    public void DropOutChance_RisesWithStrain_HalfwayAtDropOutStrain()
    {
        var v = new VolunteerParameters();
        var chances = Enumerable.Range(0, 11).Select(k => VolunteerStrain.DropOutChance(v, k / 10.0)).ToArray();
        for (var k = 1; k < chances.Length; k++) Assert.True(chances[k] > chances[k - 1]);
        Assert.Equal(v.BaseDropOutHazard, chances[0], 3);
        Assert.Equal(v.BaseDropOutHazard + (1 - v.BaseDropOutHazard) / 2, VolunteerStrain.DropOutChance(v, v.DropOutStrain), 9);
        var hard = new VolunteerParameters { DropOutSpread = 0, BaseDropOutHazard = 0 };
        Assert.Equal(0, VolunteerStrain.DropOutChance(hard, hard.DropOutStrain - 0.01));
        Assert.Equal(1, VolunteerStrain.DropOutChance(hard, hard.DropOutStrain));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.0)]
    public void TakeUp_Capacities_SpreadAroundTheMeanWithTheConfiguredCv(double cv)
    {
        var w = TestWorlds.Build(TestWorlds.Spec(1000, s => s.Parameters.Volunteers.CapacityCv = cv));
        var caps = new List<double>();
        foreach (var b in w.Blocks)
            for (var id = b.Lo; id < b.Hi; id++)
            {
                Delivery.Deliver(w.Context, b, 0, Message.Of(MessageKind.TakeRole, id, -1, a: (byte)Role.Visitor));
                caps.Add(b.Capacity[id - b.Lo]);
            }
        var mean = caps.Average();
        var sd = Math.Sqrt(caps.Sum(x => (x - mean) * (x - mean)) / (caps.Count - 1));
        var target = w.Context.Parameters.Volunteers.CapacityHoursPerWeek;
        output.WriteLine($"cv {cv}: mean capacity {mean:0.00} h, cv {sd / mean:0.00}, range {caps.Min():0.0}–{caps.Max():0.0}");
        Assert.InRange(mean, target * 0.93, target * 1.07);
        Assert.InRange(sd / mean, cv * 0.8, cv * 1.2 + 1e-6);
    }

    [Fact]
    public void VolunteerWork_HoursVaryAroundThePlan_MeanKept()
    {
        double Hours(double cv)
        {
            var spec = Worlds.Municipality(1000);
            var v = spec.Parameters.Volunteers;
            (v.WorkHoursCv, v.CapacityHoursPerWeek, v.CapacityCv, v.BaseDropOutHazard) = (cv, 8, 0, 0);
            var w = Worlds.Run(spec, 365, null, new CaringNeighbours(new CaringNeighboursOptions()));
            Assert.Equal(0, Worlds.Get<CaringNeighbours>(w).DroppedOut);
            return Worlds.ContextOf<CaringNeighbours>(w).Effort.VolunteerHours;
        }
        var planned = Hours(0);
        var varied = Hours(0.3);
        output.WriteLine($"volunteer hours in a year: planned {planned}, varied {varied:0.0}");
        Assert.Equal(Math.Round(planned), planned);   // 5 h rounds and 2 h sessions
        Assert.NotEqual(Math.Round(varied, 3), Math.Round(varied));
        Assert.InRange(varied, planned * 0.95, planned * 1.05);
    }

    [Fact]
    public void Run_CaringNeighboursWithoutIntervision_DropOutsVaryAcrossSeeds()
    {
        var options = new CaringNeighboursOptions { Intervision = new Schedule(Frequency.Never) };
        var dropouts = Enumerable.Range(1, 4)
            .Select(seed => Worlds.Get<CaringNeighbours>(Worlds.RunSeeded(Worlds.Municipality(1000), (ulong)seed, 365, null, new CaringNeighbours(options))))
            .Select(cn => (cn.DroppedOut, cn.Recruited))
            .ToList();
        output.WriteLine("drop-outs / recruited by seed: " + string.Join(", ", dropouts.Select(d => $"{d.DroppedOut}/{d.Recruited}")));
        Assert.True(dropouts.Select(d => d.DroppedOut).Distinct().Count() > 1);
        Assert.All(dropouts, d => Assert.True(d.DroppedOut > 0));
    }
}
