using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Model;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class CaringStreetsTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_OnlyLeaderDropsOut_StreetDies()
    {
        // Leaders who carry 12 hours a week (three times the volunteer capacity, the same for every leader here) burn out within weeks.
        var options = new CaringStreetsOptions { Streets = 3, LeaderHoursPerWeek = 12 };
        var spec = Municipality(1000);
        spec.Parameters.Volunteers.CapacityCv = 0;
        var world = Create(spec, new CaringStreets(options));
        world.Step();
        world.Step();
        var streets = Get<CaringStreets>(world);
        var members = streets.Groups.SelectMany(g => g.Members).ToArray();
        Assert.All(members, id => Assert.Equal(Role.StreetMember, world.RoleOf(id)));
        for (var d = 2; d < 240; d++) world.Step();

        output.WriteLine(string.Join("; ", streets.Groups.Select(g => $"street {g.Street}: died day {g.Died}, meetings {g.Meetings}")));
        Assert.Equal(3, streets.Groups.Count);
        Assert.Equal(0, streets.AliveStreets);
        Assert.All(streets.Groups, g => Assert.InRange(g.Died, 1, 120));
        Assert.All(streets.Groups, g => Assert.True(g.Meetings <= g.Died / 30 + 1, "no meetings after the street died"));
        Assert.All(members, id => Assert.NotEqual(Role.StreetMember, world.RoleOf(id)));
    }

    [Fact]
    public void Run_LeaderDropsOutAndAMemberTakesOver_StreetLivesOn()
    {
        var options = new CaringStreetsOptions { Streets = 3, LeaderHoursPerWeek = 12, SuccessionChance = 1 };
        var world = Run(Municipality(1000), 120, null, new CaringStreets(options));
        var streets = Get<CaringStreets>(world);
        output.WriteLine($"alive after 120 days with succession: {streets.AliveStreets} of {streets.Groups.Count}; drop-outs {world.Indicators()["volunteer_dropouts"]}");
        Assert.Equal(3, streets.AliveStreets);
        Assert.All(streets.Groups, g => Assert.Contains(g.Leaders, id => world.RoleOf(id) == Role.StreetLeader));
    }

    [Fact]
    public void Run_ChatGroup_ReachesMoreButDetectsLessThanAMonthlyMeeting()
    {
        // Everyday contact is turned down to one a day so that the groups' own contacts stand out. The groups' own finds
        // (detections in the contacts they organised) are a handful a year in ten streets: summed over four seeds.
        var detections = (Chat: 0.0, Meeting: 0.0);
        foreach (var seed in new ulong[] { 1, 2, 3, 4 })
        {
            var spec = Municipality(1000);
            spec.Parameters.Contact.PerDay = 1;
            var chatOnly = new CaringStreetsOptions { Streets = 10, Meetings = new Schedule(Frequency.Never), Party = new Schedule(Frequency.Never) };
            var meetingOnly = new CaringStreetsOptions { Streets = 10, ChatGroup = false, Party = new Schedule(Frequency.Never) };
            var chat = RunSeeded(spec, seed, 365, null, new CaringStreets(chatOnly));
            var meeting = RunSeeded(spec, seed, 365, null, new CaringStreets(meetingOnly));
            var reachChat = ContextOf<CaringStreets>(chat).Effort.PeopleReached;
            var reachMeeting = ContextOf<CaringStreets>(meeting).Effort.PeopleReached;
            detections.Chat += chat.Indicators()[IndicatorNames.OrganisedDetections];
            detections.Meeting += meeting.Indicators()[IndicatorNames.OrganisedDetections];
            output.WriteLine($"seed {seed}: {Get<CaringStreets>(chat).Groups.Sum(g => g.ChatMessages)} chat exchanges, " +
                             $"{Get<CaringStreets>(meeting).Groups.Sum(g => g.Meetings)} meetings; people reached: chat {reachChat}, meeting {reachMeeting}");
            Assert.True(reachChat > reachMeeting);
        }
        output.WriteLine($"needs the groups found themselves over four seeds: chat group {detections.Chat}, monthly meeting {detections.Meeting}");
        Assert.True(detections.Meeting > detections.Chat + 5, $"meeting {detections.Meeting} vs chat {detections.Chat}");
    }

    [Fact]
    public void Run_StreetParty_FormsBroadTiesInTheStreet()
    {
        var spec = Municipality(1000);
        var partyOnly = new CaringStreetsOptions { ChatGroup = false, Meetings = new Schedule(Frequency.Never), Party = new Schedule(Frequency.Yearly, 30) };
        var traced = Everyone(Create(spec)).ToArray();
        var baseline = Run(spec, 60, traced);
        var world = Run(spec, 60, traced, new CaringStreets(partyOnly));
        var groups = Get<CaringStreets>(world).Groups;
        var street = groups.ToDictionary(g => g.Street);
        bool SameStreetTie(World w, HistoryEvent e) => e.Kind == HistoryKind.TieFormed && e.Other < w.Residents.Count
            && w.Residents.Street[e.Other] == w.Residents.Street[e.Resident] && street.ContainsKey(w.Residents.Street[e.Resident]);
        var with = Count(world, traced, e => SameStreetTie(world, e));
        var without = Count(baseline, traced, e => SameStreetTie(baseline, e));
        output.WriteLine($"new ties within the party streets in 60 days: with a street party {with}, without {without}");
        Assert.All(groups, g => Assert.Equal(1, g.Parties));
        Assert.True(with > without * 2);
    }
}
