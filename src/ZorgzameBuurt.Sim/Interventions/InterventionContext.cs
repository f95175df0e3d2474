using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// What an intervention sees and does on a day: the <see cref="Town"/> (census, day, published statuses), its own
/// random stream, and a way to send messages and book effort. It never changes agent state directly: a meeting is a
/// request to each side, which sends its own side of the contact with its own card.
/// </summary>
public sealed class InterventionContext
{
    private readonly MessageBuffer _out;
    private readonly int _occurrence;
    private ulong _stream;

    /// <param name="occurrence">How many interventions with the same key come before this one in the mix.</param>
    public InterventionContext(Town town, MessageBuffer outbox, int index, int occurrence, Effort effort)
    {
        Town = town;
        _out = outbox;
        Index = index;
        _occurrence = occurrence;
        Effort = effort;
        _stream = CounterRng.Mix((ulong)index + 0x5851F42D4C957F2DUL);
    }

    public Town Town { get; }

    /// <summary>Position of the intervention in the mix.</summary>
    public int Index { get; }

    public Effort Effort { get; }

    public int Day => Town.Day;

    /// <summary>True on lockdown days: meetings, visits and restaurants stop; calls continue.</summary>
    public bool Lockdown => Town.IsLockdown;

    /// <summary>
    /// Keys the random stream by the intervention's mix key (and its occurrence among equal keys) instead of its
    /// position in the mix, so an intervention draws the same numbers in every mix it is part of (common random
    /// numbers across mixes). Called from <see cref="IIntervention.Start"/>.
    /// </summary>
    internal void BindStream(string key)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in key)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        _stream = CounterRng.Mix(h ^ ((ulong)_occurrence * 0x9E3779B97F4A7C15UL));
    }

    /// <summary>The intervention's stream for today; <paramref name="sub"/> separates independent uses.</summary>
    public CounterRng Rng(int sub = 0) =>
        CounterRng.For(Town.Seed, StreamPurpose.Intervention, (long)CounterRng.Mix(_stream ^ ((ulong)(uint)sub * 0xD1B54A32D192ED03UL)), Day);

    /// <summary>A key for the receiver's draws on one message; distinct per (sub, n).</summary>
    public ulong KeyFor(int sub, int n) =>
        CounterRng.KeyOf(Town.Seed, StreamPurpose.Intervention,
            (long)CounterRng.Mix(CounterRng.Mix(_stream + ((ulong)(uint)sub * 0xA0761D6478BD642FUL)) ^ (uint)n), Day);

    /// <summary>Sends a message for delivery today; contacts are marked as organised (counted in <c>organised_detections</c>).</summary>
    public void Send(in Message message) => _out.Add(message.Kind == MessageKind.Contact ? message.Organised() : message);

    /// <summary>A meeting (or call, chat, visit) between two residents: each sends the other its side of the contact,
    /// and a tie of kind <paramref name="form"/> forms if they had none (no tie forms when it is null).</summary>
    public void Meet(int a, int b, Channel channel, TieKind? form, ulong key)
    {
        _out.Add(Message.Meet(a, b, key, channel, form, encounter: false));
        _out.Add(Message.Meet(b, a, CounterRng.Mix(key), channel, form, encounter: false));
    }

    /// <summary>A chance encounter between two residents (face to face, counted as an encounter by both, like the
    /// street encounters of everyday contact); a tie of kind <paramref name="form"/> forms if they had none.</summary>
    public void Encounter(int a, int b, TieKind? form, ulong key)
    {
        _out.Add(Message.Meet(a, b, key, Channel.FaceToFace, form, encounter: true));
        _out.Add(Message.Meet(b, a, CounterRng.Mix(key), Channel.FaceToFace, form, encounter: true));
    }

    /// <summary>A professional meets a resident: the resident's side of the tie forms or strengthens, and the
    /// professional may detect a hidden need and route it with the card it published for the day.</summary>
    public void ProfessionalMeets(int professionalAgent, int resident, Channel channel, ulong key)
    {
        var d = Town.Data;
        var j = professionalAgent - Town.Professionals.FirstId;
        Send(Message.Contact(resident, professionalAgent, key, channel, d.ProfessionalSkill[j], d.ProfessionalCard[j], d.ProfessionalRoute[j], TieKind.Professional));
    }

    /// <summary>Two professionals work together (a meeting): both sides of their partnership tie form or strengthen.</summary>
    public void ProfessionalsMeet(int professionalA, int professionalB, Channel channel)
    {
        Send(Message.Contact(professionalB, professionalA, 0, channel, 0, CardFlags.Professional, 0f, TieKind.Partnership));
        Send(Message.Contact(professionalA, professionalB, 0, channel, 0, CardFlags.Professional, 0f, TieKind.Partnership));
    }

    /// <summary>Asks a resident to take up <paramref name="role"/> (<see cref="Role.None"/> releases a role).</summary>
    public void TakeRole(int resident, Role role) => Send(Message.Of(MessageKind.TakeRole, resident, -1, a: (byte)role));

    /// <summary>
    /// Volunteer work: adds to the volunteer's weekly load (strain) and books the hours. The hours the work really
    /// takes vary around the planned <paramref name="hours"/> (lognormal, mean kept, CV
    /// <c>volunteers.work_hours_cv</c>), drawn from the intervention's stream keyed by (resident, day, planned hours),
    /// so a volunteer's draw does not move when others drop out (common random numbers across variants).
    /// </summary>
    public void VolunteerWork(int resident, double hours)
    {
        var entity = CounterRng.Mix(CounterRng.Mix(_stream ^ 0x6F726B5EUL ^ (uint)resident) ^ (ulong)BitConverter.DoubleToInt64Bits(hours));
        var rng = CounterRng.For(Town.Seed, StreamPurpose.Intervention, (long)entity, Day);
        hours = rng.LogNormal(hours, Town.Parameters.Volunteers.WorkHoursCv);
        Send(Message.Of(MessageKind.Work, resident, -1, (float)hours));
        AddVolunteerHours(hours);
    }

    /// <summary>An intervision session for a volunteer (relieves strain).</summary>
    public void Intervision(int resident) => Send(Message.Of(MessageKind.Intervision, resident, -1));

    /// <summary>Detection training: raises the agent's (resident's or professional's) skill to at least <paramref name="skill"/>.</summary>
    public void Train(int agent, double skill) => Send(Message.Of(MessageKind.Training, agent, -1, (float)skill));

    /// <summary>The resident now knows a fixed contact person.</summary>
    public void LearnContact(int resident) => Send(Message.Of(MessageKind.LearnContact, resident, -1));

    /// <summary>The resident went to an organised activity today: she tells her ties, who may come along next time.</summary>
    public void Went(int resident) => Send(Message.Of(MessageKind.Went, resident, -1, Day));

    /// <summary>Sets a professional's referral-card attention (the chance it passes a detected signal to the hub).</summary>
    public void RefreshAttention(int professionalAgent, double attention) =>
        Send(Message.Of(MessageKind.RefreshAttention, professionalAgent, -1, (float)attention));

    /// <summary>A service point stands in the settlement today (referrals of its residents travel no further).</summary>
    public void ProvideServicePoint(int settlement) => Town.ProvideServicePoint(settlement);

    /// <summary>A resident's role as published yesterday.</summary>
    public Role RoleOf(int resident) => Town.RoleOf(resident);

    /// <summary>The chance a professional passes a detected signal on today (its published attention).</summary>
    public double RouteChance(int professionalAgent) => Town.RouteChance(professionalAgent);

    public void AddVolunteerHours(double hours) => Effort.VolunteerHours += hours;

    public void AddProfessionalHours(double hours) => Effort.ProfessionalHours += hours;

    public void AddCost(double euros) => Effort.CostEuros += euros;

    public void Reach(int resident) => Effort.Reach(resident, Town.Residents.Has(resident, Traits.Vulnerable),
        Town.LonelinessOf(resident) >= Town.Parameters.Loneliness.Threshold);
}
