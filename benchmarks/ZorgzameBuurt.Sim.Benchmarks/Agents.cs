using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Benchmarks;

/// <summary>Benchmark looks into the blocks that own the agents' state: the card an agent shows in a contact, and
/// clearing the messages a micro-benchmark left in the blocks' buffers.</summary>
internal static class Agents
{
    /// <summary>The block that owns resident <paramref name="id"/> and her local index in it.</summary>
    public static (ResidentBlock Block, int Local) Of(World w, int id)
    {
        var b = w.BlockOf(id);
        return (b, id - b.Lo);
    }

    public static float CardSkill(World w, int agent)
    {
        if (agent >= w.Residents.Count) return w.Town.Data.ProfessionalSkill[agent - w.Professionals.FirstId];
        var (b, i) = Of(w, agent);
        return b.CardSkill[i] / 255f;
    }

    public static CardFlags Card(World w, int agent)
    {
        if (agent >= w.Residents.Count) return w.Town.Data.ProfessionalCard[agent - w.Professionals.FirstId];
        var (b, i) = Of(w, agent);
        return b.CardFlag[i];
    }

    public static float RouteChance(World w, int agent)
    {
        if (agent >= w.Residents.Count) return w.Town.Data.ProfessionalRoute[agent - w.Professionals.FirstId];
        var (b, i) = Of(w, agent);
        return Delivery.RouteChance(b, i);
    }

    /// <summary>Drops whatever the blocks have queued (outboxes, replies, tomorrow's messages).</summary>
    public static void ClearMessages(World w)
    {
        foreach (var b in w.Blocks)
        {
            b.Outbox.Clear();
            b.Replies.Clear();
            b.Late[0].Clear();
            b.Late[1].Clear();
        }
    }
}
