using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;
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

    /// <summary>Every focus weight 0 but the village at large's and the given facility's.</summary>
    private static void Foci(ScenarioSpec s, double village, string facility, double weight)
    {
        var c = s.Parameters.Contact;
        c.VillageFocus = village;
        c.ShopFocus = c.PharmacyFocus = c.GpFocus = c.BankFocus = c.LdcFocus = c.SocialHouseFocus = c.MeetingPointFocus = 0;
        typeof(ContactParameters).GetProperty(facility)!.SetValue(c, weight);
    }

    [Fact]
    public void FocusSettlement_FacilityAtHomeMissingOrClosed_HomeNearestOrNone()
    {
        // dorp (0) has the GP, gehucht (1) has none; the GP of dorp closes on day 1.
        var world = TestWorlds.Build(TestWorlds.Spec(200, s =>
        {
            Foci(s, 0, nameof(ContactParameters.GpFocus), 1);
            s.Shocks.FacilityClosures.Add(new FacilityClosureSpec { Day = 1, Settlement = "dorp", Facility = "gp" });
        }));
        world.Step();
        var c = world.Context;
        Assert.Equal(0, EverydayContact.FocusSettlement(c, 0, 0.5));
        Assert.Equal(0, EverydayContact.FocusSettlement(c, 1, 0.5));
        world.Step();
        Assert.Equal(-1, EverydayContact.FocusSettlement(c, 0, 0.5));
        Assert.Equal(-1, EverydayContact.FocusSettlement(c, 1, 0.5));
    }

    [Fact]
    public void FocusSettlement_VillageAndFacilityWeights_SplitByWeight()
    {
        // Village at large 0.25, GP 0.75: draws below 0.25 stay home, the rest go where the GP is (dorp).
        var world = TestWorlds.Build(TestWorlds.Spec(200, s => Foci(s, 0.25, nameof(ContactParameters.GpFocus), 0.75)));
        world.Step();
        var c = world.Context;
        Assert.Equal(1, EverydayContact.FocusSettlement(c, 1, 0.2));
        Assert.Equal(0, EverydayContact.FocusSettlement(c, 1, 0.3));
        Assert.Equal(0, EverydayContact.FocusSettlement(c, 0, 0.9));
    }

    /// <summary>dorp with a shop and a pharmacy; with <paramref name="close"/> both close on day 0 (rural-deeldorp's sub-village shocks).</summary>
    private static World ShopVillage(bool close, int threads = 1, int blockSize = 0)
    {
        var spec = TestWorlds.Spec(1000, s =>
        {
            s.Space.Settlements[0].Facilities.AddRange(["shop", "pharmacy"]);
            if (!close) return;
            s.Shocks.FacilityClosures.Add(new FacilityClosureSpec { Day = 0, Settlement = "dorp", Facility = "shop" });
            s.Shocks.FacilityClosures.Add(new FacilityClosureSpec { Day = 0, Settlement = "dorp", Facility = "pharmacy" });
        });
        return World.Create(spec, null, new WorldOptions(Threads: threads, BlockSize: blockSize));
    }

    private static double MeanEncounters(World w, int settlement)
    {
        double sum = 0;
        var n = 0;
        foreach (var b in w.Blocks)
            for (var i = 0; i < b.Count; i++)
                if (b.Settlement[i] == settlement)
                {
                    sum += b.Encounters[i];
                    n++;
                }
        return sum / n;
    }

    [Fact]
    public void Step_ShopAndPharmacyClose_FewerContactsEncountersAndTies()
    {
        var open = ShopVillage(close: false);
        var closed = ShopVillage(close: true);
        var a = open.Run(60);
        var b = closed.Run(60);
        // Shop and pharmacy are 0.4 of the foci away from the street: 0.2 × 0.4 × 0.4 = 3.2% of the contacts go.
        Assert.True(b["contacts"] < a["contacts"] * 0.985, $"contacts closed {b["contacts"]} vs open {a["contacts"]}");
        Assert.True(b["ties_formed"] < a["ties_formed"], $"ties formed closed {b["ties_formed"]} vs open {a["ties_formed"]}");
        // Both settlements lose encounters: dorp its own shop, gehucht the trip to dorp's shop.
        Assert.True(MeanEncounters(closed, 0) < MeanEncounters(open, 0) * 0.95);
        Assert.True(MeanEncounters(closed, 1) < MeanEncounters(open, 1) * 0.95);
    }

    [Fact]
    public void Step_FacilityClosure_SameForAnyBlockSizeAndThreads()
    {
        var expected = ShopVillage(close: true, 1, 2048).Run(20);
        foreach (var (threads, size) in new[] { (2, 7), (1, 64), (2, 1) })
        {
            var got = ShopVillage(close: true, threads, size).Run(20);
            Assert.Equal(expected["contacts"], got["contacts"]);
            Assert.Equal(expected["ties_formed"], got["ties_formed"]);
            Assert.Equal(expected["mean_loneliness"], got["mean_loneliness"]);
        }
    }
}
