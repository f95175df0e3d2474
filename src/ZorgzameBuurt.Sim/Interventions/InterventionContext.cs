using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// What an intervention sees and does on a day: a read-only view of the world, its own random stream,
/// and a way to send messages and book effort. It never changes agent state directly.
/// </summary>
public sealed class InterventionContext
{
    private readonly MessageBuffer _out;
    private ulong _stream;

    internal InterventionContext(World world, MessageBuffer outbox, int index, Effort effort)
    {
        World = world;
        _out = outbox;
        Index = index;
        Effort = effort;
        _stream = CounterRng.Mix((ulong)index + 0x5851F42D4C957F2DUL);
    }

    public World World { get; }

    /// <summary>Position of the intervention in the mix.</summary>
    public int Index { get; }

    public Effort Effort { get; }

    public int Day => World.Day;

    /// <summary>True on lockdown days: meetings, visits and restaurants stop; calls continue.</summary>
    public bool Lockdown => World.IsLockdown;

    /// <summary>
    /// Keys the random stream by the intervention's mix key (and its occurrence among equal keys) instead of its
    /// position in the mix, so an intervention draws the same numbers in every mix it is part of (common random
    /// numbers across mixes). Called from <see cref="IIntervention.Start"/>.
    /// </summary>
    internal void BindStream(string key)
    {
        var occurrence = 0;
        foreach (var (other, context) in World.Interventions)
            if (context.Index < Index && other.Key == key) occurrence++;
        var h = 0xCBF29CE484222325UL;
        foreach (var c in key)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        _stream = CounterRng.Mix(h ^ ((ulong)occurrence * 0x9E3779B97F4A7C15UL));
    }

    /// <summary>The intervention's stream for today; <paramref name="sub"/> separates independent uses.</summary>
    public CounterRng Rng(int sub = 0) =>
        CounterRng.For(World.Seed, StreamPurpose.Intervention, (long)CounterRng.Mix(_stream ^ ((ulong)(uint)sub * 0xD1B54A32D192ED03UL)), Day);

    /// <summary>A key for the receiver's draws on one message; distinct per (sub, n).</summary>
    public ulong KeyFor(int sub, int n) =>
        CounterRng.KeyOf(World.Seed, StreamPurpose.Intervention,
            (long)CounterRng.Mix(CounterRng.Mix(_stream + ((ulong)(uint)sub * 0xA0761D6478BD642FUL)) ^ (uint)n), Day);

    /// <summary>Sends a message for delivery next phase; contacts are marked as organised (counted in <c>organised_detections</c>).</summary>
    public void Send(in Message message) => _out.Add(message.Kind == MessageKind.Contact ? message.Organised() : message);

    /// <summary>A meeting (or call, chat, visit) between two residents: both sides get a contact, and a tie of kind
    /// <paramref name="form"/> forms if they had none (no tie forms when it is null).</summary>
    public void Meet(int a, int b, Channel channel, TieKind? form, ulong key)
    {
        var w = World;
        Send(Message.Contact(b, a, key, channel, w.CardSkill(a), w.CardOf(a), w.RouteChance(a), form));
        Send(Message.Contact(a, b, CounterRng.Mix(key), channel, w.CardSkill(b), w.CardOf(b), w.RouteChance(b), form));
    }

    /// <summary>A chance encounter between two residents (face to face, counted as an encounter by both, like the
    /// street encounters of everyday contact); a tie of kind <paramref name="form"/> forms if they had none.</summary>
    public void Encounter(int a, int b, TieKind? form, ulong key)
    {
        var w = World;
        Send(Message.Contact(b, a, key, Channel.FaceToFace, w.CardSkill(a), w.CardOf(a), w.RouteChance(a), form, encounter: true));
        Send(Message.Contact(a, b, CounterRng.Mix(key), Channel.FaceToFace, w.CardSkill(b), w.CardOf(b), w.RouteChance(b), form, encounter: true));
    }

    /// <summary>A professional meets a resident: the resident's side of the tie forms or strengthens, and the
    /// professional may detect a hidden need and route it with its own card.</summary>
    public void ProfessionalMeets(int professionalAgent, int resident, Channel channel, ulong key)
    {
        var w = World;
        Send(Message.Contact(resident, professionalAgent, key, channel, w.CardSkill(professionalAgent),
            w.CardOf(professionalAgent), w.RouteChance(professionalAgent), TieKind.Professional));
    }

    /// <summary>Two professionals work together (a meeting): both sides of their partnership tie form or strengthen.</summary>
    public void ProfessionalsMeet(int professionalA, int professionalB, Channel channel)
    {
        var w = World;
        Send(Message.Contact(professionalB, professionalA, 0, channel, w.CardSkill(professionalA), w.CardOf(professionalA), 0f, TieKind.Partnership));
        Send(Message.Contact(professionalA, professionalB, 0, channel, w.CardSkill(professionalB), w.CardOf(professionalB), 0f, TieKind.Partnership));
    }

    /// <summary>Asks a resident to take up <paramref name="role"/> (<see cref="Role.None"/> releases a role).</summary>
    public void TakeRole(int resident, Role role) => Send(Message.Of(MessageKind.TakeRole, resident, -1, a: (byte)role));

    /// <summary>Volunteer work: adds to the volunteer's weekly load (strain) and books the hours.</summary>
    public void VolunteerWork(int resident, double hours)
    {
        Send(Message.Of(MessageKind.Work, resident, -1, (float)hours));
        AddVolunteerHours(hours);
    }

    /// <summary>An intervision session for a volunteer (relieves strain).</summary>
    public void Intervision(int resident) => Send(Message.Of(MessageKind.Intervision, resident, -1));

    /// <summary>Detection training: raises the agent's (resident's or professional's) skill to at least <paramref name="skill"/>.</summary>
    public void Train(int agent, double skill) => Send(Message.Of(MessageKind.Training, agent, -1, (float)skill));

    /// <summary>The resident now knows a fixed contact person.</summary>
    public void LearnContact(int resident) => Send(Message.Of(MessageKind.LearnContact, resident, -1));

    /// <summary>Sets a professional's referral-card attention (the chance it passes a detected signal to the hub).</summary>
    public void RefreshAttention(int professionalAgent, double attention) =>
        Send(Message.Of(MessageKind.RefreshAttention, professionalAgent, -1, (float)attention));

    /// <summary>A resident's current role (read-only).</summary>
    public Role RoleOf(int resident) => World.RoleOf(resident);

    /// <summary>The chance an agent passes a detected signal on today (1 for a resident with a route, attention for a professional).</summary>
    public double RouteChance(int agent) => World.RouteChance(agent);

    public void AddVolunteerHours(double hours) => Effort.VolunteerHours += hours;

    public void AddProfessionalHours(double hours) => Effort.ProfessionalHours += hours;

    public void AddCost(double euros) => Effort.CostEuros += euros;

    public void Reach(int resident) => Effort.Reach(resident, World.Residents.Has(resident, Traits.Vulnerable),
        World.Residents.Loneliness[resident] >= World.Parameters.Loneliness.Threshold);
}
