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

    internal InterventionContext(World world, MessageBuffer outbox, int index, Effort effort)
    {
        World = world;
        _out = outbox;
        Index = index;
        Effort = effort;
    }

    public World World { get; }

    /// <summary>Position of the intervention in the mix (part of its random stream key).</summary>
    public int Index { get; }

    public Effort Effort { get; }

    public int Day => World.Day;

    /// <summary>True on lockdown days: meetings, visits and restaurants stop; calls continue.</summary>
    public bool Lockdown => World.IsLockdown;

    /// <summary>The intervention's stream for today; <paramref name="sub"/> separates independent uses.</summary>
    public CounterRng Rng(int sub = 0) =>
        CounterRng.For(World.Seed, StreamPurpose.Intervention, ((long)Index << 32) | (uint)sub, Day);

    /// <summary>A key for the receiver's draws on one message; distinct per (sub, n).</summary>
    public ulong KeyFor(int sub, int n) => CounterRng.KeyOf(World.Seed, StreamPurpose.Intervention, ((long)Index << 40) | ((long)sub << 24) | (uint)n, Day);

    public void Send(in Message message) => _out.Add(message);

    /// <summary>A face-to-face (or other channel) meeting between two residents: both sides get a contact,
    /// and a tie of kind <paramref name="form"/> forms if they had none.</summary>
    public void Meet(int a, int b, Channel channel, TieKind form, ulong key)
    {
        var w = World;
        Send(Message.Contact(b, a, key, channel, w.CardSkill(a), w.CardOf(a), w.RouteChance(a), form));
        Send(Message.Contact(a, b, CounterRng.Mix(key), channel, w.CardSkill(b), w.CardOf(b), w.RouteChance(b), form));
    }

    /// <summary>A professional meets a resident: the resident's side of the tie forms or strengthens, and the
    /// professional may detect a hidden need and route it with its own card.</summary>
    public void ProfessionalMeets(int professionalAgent, int resident, Channel channel, ulong key)
    {
        var w = World;
        Send(Message.Contact(resident, professionalAgent, key, channel, w.CardSkill(professionalAgent),
            w.CardOf(professionalAgent), w.RouteChance(professionalAgent), TieKind.Professional));
    }

    public void AddVolunteerHours(double hours) => Effort.VolunteerHours += hours;

    public void AddProfessionalHours(double hours) => Effort.ProfessionalHours += hours;

    public void AddCost(double euros) => Effort.CostEuros += euros;

    public void Reach(int resident) => Effort.Reach(resident, World.Residents.Has(resident, Traits.Vulnerable));
}
