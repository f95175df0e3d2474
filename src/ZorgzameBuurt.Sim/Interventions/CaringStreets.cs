using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settings of the caring streets (zorgzame straten, Antwerp, S004).</summary>
public sealed class CaringStreetsOptions
{
    [Parameter(1, 500, "ASSUMED (S004 gives no count of streets)", Doc = "Streets that start a caring-street group.")]
    public int Streets { get; set; } = 4;

    /// <summary>Where the streets are; empty: every settlement.</summary>
    public string Settlement { get; set; } = "";

    /// <summary>The working group's meeting: monthly (S004 H2 §2.4, INT2); <c>every: never</c> switches it off.</summary>
    public Schedule Meetings { get; set; } = new(Frequency.Monthly, offset: 1);

    /// <summary>The street party: yearly (S004 INT1; every 2 years in INT8); <c>every: never</c> switches it off.</summary>
    public Schedule Party { get; set; } = new(Frequency.Yearly, offset: 60);

    /// <summary>A street chat group (WhatsApp/Facebook, S004 INT8); continues in a lockdown.</summary>
    public bool ChatGroup { get; set; } = true;

    [Parameter(1, 3, "S004 H2 §2.4 (\"one or a few trekkers\")", Doc = "Leaders (trekkers) per street.")]
    public int LeadersPerStreet { get; set; } = 1;

    [Parameter(2, 30, "ASSUMED (S004: a working group; a lockdown quiz \"easily 15\")", Doc = "Members of the working group per street (besides the leaders).")]
    public int MembersPerStreet { get; set; } = 8;

    [Parameter(0, 1, "ASSUMED (S004 H4 Rec. 3: mainly strong, vocal residents take part)", Doc = "Relative chance that a vulnerable resident joins the working group.")]
    public double VulnerableJoinFactor { get; set; } = 0.3;

    [Parameter(0.5, 4, "S004 INT1 (Saturday mornings, 1.5 h)", Doc = "Hours per working-group meeting.")]
    public double MeetingHours { get; set; } = 1.5;

    [Parameter(0, 10, "ASSUMED (S004 INT2: \"people who may need help\"; INT4: \"I'll ring the bell\")", Doc = "Neighbours outside the group a leader looks in on after each meeting (pooled concerns).")]
    public int FollowUpsPerMeeting { get; set; } = 2;

    [Parameter(0, 1, "ASSUMED (S004 INT2: \"people who may need help\")", Doc = "Chance that a leader looking in also picks a neighbour without a worry (older, living alone, vulnerable first).")]
    public double UnworriedFollowUpChance { get; set; } = 0.2;

    /// <summary>Members learn the leader as their contact point at their first meeting, so what they see in the street
    /// reaches the BZR through the group (S004 H2 §2.4: the trekker as contact point and antenna; members are the
    /// "eyes and ears of the street").</summary>
    public bool MembersLearnContact { get; set; } = true;

    [Parameter(0, 1, "ASSUMED", Doc = "Share of the street's residents who come to the party.")]
    public double PartyAttendance { get; set; } = 0.5;

    [Parameter(0.05, 1, "ASSUMED", Doc = "Party attendance factor with limited mobility.")]
    public double PartyLimitedMobilityFactor { get; set; } = 0.5;

    [Parameter(0, 20, "ASSUMED", Doc = "Other guests each party guest talks with.")]
    public int PartyContacts { get; set; } = 4;

    [Parameter(0, 1, "ASSUMED (S004: new acquaintances at parties)", Doc = "Chance that two party guests without a tie form one.")]
    public double PartyTieChance { get; set; } = 0.3;

    [Parameter(0, 30, "S004 H2 §2.3 (active detection at parties; a neighbour 6 years without hot water)", Doc = "Guests each organiser (leader or member) actively talks with at the party.")]
    public int OrganiserTalks { get; set; } = 5;

    [Parameter(0, 24, "ASSUMED", Doc = "Hours each organiser spends on the party.")]
    public double PartyHours { get; set; } = 6;

    [Parameter(0, 1, "S004 INT8 (47 of 50 houses)", Doc = "Share of the street's digital users in the chat group.")]
    public double ChatJoinShare { get; set; } = 0.94;

    [Parameter(0, 2, "ASSUMED", Doc = "Chat exchanges per chat member per day.")]
    public double ChatMessagesPerMemberPerDay { get; set; } = 0.1;

    [Parameter(0, 1, "ASSUMED (S004: broad, light ties)", Doc = "Chance that a chat exchange between two members without a tie forms one.")]
    public double ChatTieChance { get; set; } = 0.05;

    [Parameter(0, 40, "ASSUMED (S004 H2 §2.4: agendas, minutes, flyers, contact point)", Doc = "Hours per week a leader spends on the street.")]
    public double LeaderHoursPerWeek { get; set; } = 2;

    [Parameter(0, 1, "S004 H2 §2.4 (\"otherwise it dies out\"); S001 (the torch); ASSUMED", Doc = "Chance that a member takes over when the last leader drops out; otherwise the street dies.")]
    public double SuccessionChance { get; set; }

    [Parameter(0, 10_000, "ASSUMED (S002: street-party subsidy)", Doc = "Cost of a street party (euros).")]
    public double PartyCost { get; set; } = 250;

    /// <summary>Coffee per meeting (ASSUMED).</summary>
    public Costs Costs { get; set; } = new(0, 0, 10, 0);
}

/// <summary>
/// Caring streets: in each chosen street a leader (trekker, a route to the BZR as the street's contact point) and a
/// working group of members (selective: the stronger residents join more) form. The monthly meeting is a closed
/// circle: everyone meets everyone face to face (strong ties; pooled detection), members learn the leader as their
/// contact point (what they see reaches the BZR through the group), and the leader then looks in on a few neighbours
/// the group is concerned about. The yearly party brings much of the street together (broad ties) while
/// organisers actively talk with guests. The chat group links most digital households with light ties and detects
/// little (S004: it only works for small things). A street whose last leader dropped out dies: members leave their
/// role, meetings, party and chat stop. Meetings and party stop during a lockdown; the chat continues.
/// </summary>
public sealed class CaringStreets(CaringStreetsOptions options) : InterventionBase
{
    private readonly List<StreetGroup> _groups = [];
    private readonly List<int> _circle = [];
    private readonly List<int> _guests = [];
    private bool _started;

    public const string Name = "caring_streets";

    public override string Key => Name;

    public CaringStreetsOptions Options { get; } = options;

    /// <summary>The street groups (read-only view for tests and reports).</summary>
    public IReadOnlyList<StreetGroup> Groups => _groups;

    /// <summary>Streets whose group is still alive.</summary>
    public int AliveStreets => _groups.Count(g => g.Alive);

    protected override Schedule Calendar => Options.Meetings;

    protected override Costs Costs => Options.Costs;

    protected override void Act(InterventionContext ctx)
    {
        var day = ctx.Day;
        if (!Options.Meetings.IsActive(day)) return;
        if (!_started)
        {
            _started = true;
            Found(ctx);
            return;
        }
        var n = 0;
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            if (!group.Alive) continue;
            var weekly = (day - Options.Meetings.Start) % 7 == 0;
            var meeting = Options.Meetings.IsOn(day) && !ctx.Lockdown;
            var party = Options.Party.IsOn(day) && !ctx.Lockdown;
            if ((weekly || meeting || party) && !CheckLeaders(ctx, group)) continue;
            if (weekly && day > group.Founded)
                foreach (var leader in group.Leaders) ctx.VolunteerWork(leader, Options.LeaderHoursPerWeek);
            if (meeting) Meeting(ctx, group, ref n);
            if (party) StreetParty(ctx, group, ref n);
            if (Options.ChatGroup) Chat(ctx, group, g, ref n);
        }
    }

    /// <summary>Picks the streets, a leader and the members in each; a street without a leader does not start (S001).</summary>
    private void Found(InterventionContext ctx)
    {
        var w = ctx.Town;
        var rng = ctx.Rng(0);
        var settlement = Places.Settlement(w, Options.Settlement, -1);
        var lo = settlement < 0 ? 0 : w.SettlementStreets[settlement];
        var hi = settlement < 0 ? Places.Streets(w) : w.SettlementStreets[settlement + 1];
        var streets = Enumerable.Range(lo, hi - lo).ToList();
        Sampling.Shuffle(streets, ref rng);
        var chatRng = ctx.Rng(1);
        foreach (var street in streets.Take(Options.Streets))
        {
            var (a, b) = Places.Street(w, street);
            var group = new StreetGroup(street);
            for (var k = 0; k < Options.LeadersPerStreet; k++)
            {
                var id = Recruitment.Probe(w, a, b, group.Asked, Recruitment.WorkingAge, ref rng);
                if (id < 0) continue;
                group.Asked.Add(id);
                group.Leaders.Add(id);
                ctx.TakeRole(id, Role.StreetLeader);
            }
            if (group.Leaders.Count == 0) continue;
            for (var k = 0; k < Options.MembersPerStreet; k++)
            {
                var id = Recruitment.Probe(w, a, b, group.Asked,
                    (world, x) => world.Residents.Age[x] != AgeBand.Age0To17, ref rng);
                if (id < 0) break;
                group.Asked.Add(id);
                if (w.Residents.Has(id, Traits.Vulnerable) && !rng.Chance(Options.VulnerableJoinFactor)) continue;
                group.Members.Add(id);
                ctx.TakeRole(id, Role.StreetMember);
            }
            for (var id = a; id < b; id++)
                if (w.Residents.Has(id, Traits.DigitalUse) && w.Residents.Age[id] != AgeBand.Age0To17
                    && (group.Leaders.Contains(id) || group.Members.Contains(id) || chatRng.Chance(Options.ChatJoinShare)))
                    group.Chat.Add(id);
            group.Founded = ctx.Day;
            _groups.Add(group);
        }
    }

    /// <summary>Drops leaders and members who left their role; a street without leaders passes the torch or dies.</summary>
    private bool CheckLeaders(InterventionContext ctx, StreetGroup group)
    {
        if (ctx.Day <= group.Founded) return true;
        group.Members.RemoveAll(id => ctx.RoleOf(id) != Role.StreetMember);
        group.Leaders.RemoveAll(id => ctx.RoleOf(id) != Role.StreetLeader && !group.NewLeaders.Contains(id));
        group.NewLeaders.Clear();
        if (group.Leaders.Count > 0) return true;
        var rng = ctx.Rng(5);
        if (group.Members.Count > 0 && rng.Chance(Options.SuccessionChance))
        {
            var heir = group.Members[rng.NextInt(group.Members.Count)];
            group.Members.Remove(heir);
            group.Leaders.Add(heir);
            group.NewLeaders.Add(heir);
            ctx.TakeRole(heir, Role.StreetLeader);
            return true;
        }
        group.Alive = false;
        group.Died = ctx.Day;
        foreach (var id in group.Members) ctx.TakeRole(id, Role.None);
        group.Members.Clear();
        return false;
    }

    private void Meeting(InterventionContext ctx, StreetGroup group, ref int n)
    {
        var w = ctx.Town;
        _circle.Clear();
        _circle.AddRange(group.Leaders);
        _circle.AddRange(group.Members);
        var rng = ctx.Rng(2);
        Gatherings.Circle(ctx, _circle, Channel.FaceToFace, 1, TieKind.Neighbour, ref rng, 10, ref n);
        foreach (var id in _circle)
        {
            ctx.VolunteerWork(id, Options.MeetingHours);
            ctx.Reach(id);
            if (Options.MembersLearnContact && group.Informed.Add(id)) ctx.LearnContact(id);
        }
        group.Meetings++;
        BookSession(ctx, 0, 0);
        if (group.Leaders.Count == 0) return;
        var (a, b) = Places.Street(w, group.Street);
        for (var f = 0; f < Options.FollowUpsPerMeeting; f++)
        {
            var neighbour = Concerned(w, a, b, group, Options.UnworriedFollowUpChance, ref rng);
            if (neighbour < 0) break;
            var leader = group.Leaders[f % group.Leaders.Count];
            ctx.Meet(leader, neighbour, Channel.FaceToFace, TieKind.Neighbour, ctx.KeyFor(11, n++));
            ctx.Reach(neighbour);
        }
    }

    /// <summary>A neighbour outside the group the members worry about: older, living alone or vulnerable residents first.</summary>
    private static int Concerned(Town w, int a, int b, StreetGroup group, double unworried, ref CounterRng rng)
    {
        var r = w.Residents;
        for (var t = 0; t < 32; t++)
        {
            var id = a + rng.NextInt(b - a);
            if (group.Leaders.Contains(id) || group.Members.Contains(id) || r.Age[id] == AgeBand.Age0To17) continue;
            var worry = r.Age[id] == AgeBand.Age75Plus || r.Has(id, Traits.LivingAlone) || r.Has(id, Traits.Vulnerable);
            if (worry || rng.Chance(unworried)) return id;
        }
        return -1;
    }

    private void StreetParty(InterventionContext ctx, StreetGroup group, ref int n)
    {
        var w = ctx.Town;
        var rng = ctx.Rng(3);
        var (a, b) = Places.Street(w, group.Street);
        _guests.Clear();
        for (var id = a; id < b; id++)
        {
            var p = Options.PartyAttendance * (w.Residents.Has(id, Traits.LimitedMobility) ? Options.PartyLimitedMobilityFactor : 1);
            if (group.Leaders.Contains(id) || group.Members.Contains(id) || rng.Chance(p)) _guests.Add(id);
        }
        if (_guests.Count < 2) return;
        foreach (var id in _guests) ctx.Reach(id);
        for (var i = 0; i < _guests.Count; i++)
            for (var c = 0; c < Options.PartyContacts; c++)
            {
                var other = _guests[rng.NextInt(_guests.Count)];
                if (other == _guests[i]) continue;
                TieKind? form = rng.Chance(Options.PartyTieChance) ? TieKind.Neighbour : null;
                ctx.Meet(_guests[i], other, Channel.FaceToFace, form, ctx.KeyFor(12, n++));
            }
        _circle.Clear();
        _circle.AddRange(group.Leaders);
        _circle.AddRange(group.Members);
        foreach (var organiser in _circle)
        {
            ctx.VolunteerWork(organiser, Options.PartyHours);
            for (var t = 0; t < Options.OrganiserTalks; t++)
            {
                var guest = _guests[rng.NextInt(_guests.Count)];
                if (guest == organiser) continue;
                ctx.Meet(organiser, guest, Channel.FaceToFace, TieKind.Neighbour, ctx.KeyFor(13, n++));
            }
        }
        group.Parties++;
        ctx.AddCost(Options.PartyCost);
    }

    private void Chat(InterventionContext ctx, StreetGroup group, int g, ref int n)
    {
        var members = group.Chat;
        if (members.Count < 2) return;
        var rng = ctx.Rng(100 + g);
        var expected = Options.ChatMessagesPerMemberPerDay * members.Count;
        var count = (int)expected + (rng.Chance(expected - Math.Floor(expected)) ? 1 : 0);
        for (var k = 0; k < count; k++)
        {
            var from = members[rng.NextInt(members.Count)];
            var to = members[rng.NextInt(members.Count)];
            if (from == to) continue;
            TieKind? form = rng.Chance(Options.ChatTieChance) ? TieKind.Neighbour : null;
            ctx.Meet(from, to, Channel.Chat, form, ctx.KeyFor(14, n++));
            ctx.Reach(from);
            ctx.Reach(to);
            group.ChatMessages++;
        }
    }
}

/// <summary>One caring street: its leaders, working-group members and chat group, and whether it still lives.</summary>
public sealed class StreetGroup(int street)
{
    public int Street { get; } = street;

    public List<int> Leaders { get; } = [];

    public List<int> Members { get; } = [];

    public List<int> Chat { get; } = [];

    internal HashSet<int> Asked { get; } = [];

    internal List<int> NewLeaders { get; } = [];

    internal HashSet<int> Informed { get; } = [];

    public bool Alive { get; internal set; } = true;

    public int Founded { get; internal set; }

    /// <summary>Day the street died (its last leader dropped out), or −1.</summary>
    public int Died { get; internal set; } = -1;

    public int Meetings { get; internal set; }

    public int Parties { get; internal set; }

    public int ChatMessages { get; internal set; }
}
