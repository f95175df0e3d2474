using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Tests.Support;

/// <summary>Test looks into the blocks that own the agents' state (read between days, as the world does).</summary>
internal static class Blocks
{
    /// <summary>The block that owns resident <paramref name="id"/> and her local index in it.</summary>
    public static (ResidentBlock Block, int Local) Of(World w, int id)
    {
        var b = w.BlockOf(id);
        return (b, id - b.Lo);
    }

    /// <summary>Every traced resident's events, block by block.</summary>
    public static IEnumerable<HistoryEvent> Events(World w) => w.Blocks.SelectMany(b => b.Events);

    /// <summary>The detection skill an agent shows in contacts: a resident's published card, a professional's own skill.</summary>
    public static float CardSkill(World w, int agent)
    {
        if (agent >= w.Residents.Count) return w.ProfessionalBlock.Skill[agent - w.Professionals.FirstId];
        var (b, i) = Of(w, agent);
        return b.CardSkill[i] / 255f;
    }

    /// <summary>Sets the loneliness of every resident.</summary>
    public static void FillLoneliness(World w, float value)
    {
        foreach (var b in w.Blocks) Array.Fill(b.Loneliness, value);
    }
}
