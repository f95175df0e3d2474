using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// A block of professionals [Lo, Hi) (indices into <see cref="Professionals"/>): it owns their state — detection
/// skill, referral-card attention, a hub's case credit and queue, their side of each partnership — and their counters
/// and outgoing messages. The in-process engine keeps all professionals in one block; the Orleans host gives each
/// professional a grain (a block of one). Results do not depend on the grouping: each professional handles its own
/// messages in arrival order, then the hubs work their queues in index order.
/// </summary>
public sealed class ProfessionalBlock
{
    public ProfessionalBlock(int lo, int hi, Professionals all, ModelParameters parameters)
    {
        Lo = lo;
        Hi = hi;
        Count = hi - lo;
        FirstId = all.FirstId;
        Kind = all.Kind[lo..hi];
        Fte = all.Fte[lo..hi];
        Skill = new float[Count];
        Attention = new float[Count];
        AttentionDay = new int[Count];
        Credit = new float[Count];
        Queues = new Queue<Case>[Count];
        for (var j = 0; j < Count; j++)
        {
            Queues[j] = new Queue<Case>();
            var d = parameters.Detection;
            Skill[j] = (float)(Kind[j] == ProfessionalKind.CareDirector ? d.SkillCareDirector : d.SkillFirstLine);
        }
        Partnerships = new TieStore(Count, 8);
    }

    public int Lo { get; }
    public int Hi { get; }
    public int Count { get; }

    /// <summary>Agent id of professional 0 of the world (not of this block).</summary>
    public int FirstId { get; }

    internal ProfessionalKind[] Kind { get; }
    internal float[] Fte { get; }
    internal float[] Skill { get; }

    /// <summary>Referral-card attention in [0,1] at <see cref="AttentionDay"/>; decays with a half-life.</summary>
    internal float[] Attention { get; }
    internal int[] AttentionDay { get; }

    /// <summary>Fractional cases a hub may still take on.</summary>
    internal float[] Credit { get; }
    internal Queue<Case>[] Queues { get; }

    /// <summary>This block's side of the partnership ties (local index = professional index − Lo).</summary>
    public TieStore Partnerships { get; }

    public Counters Counters { get; } = new();

    /// <summary>Messages emitted in the professional phase (delivered tomorrow).</summary>
    public MessageBuffer Out { get; } = new(16);

    public bool IsHub(int local) => Kind[local] == ProfessionalKind.CareDirector;

    /// <summary>The professional phase: every message in arrival order, then each hub's queue.</summary>
    public void Work(DayContext c, ReadOnlySpan<Message> inbox)
    {
        Out.Clear();
        foreach (ref readonly var m in inbox) Professional.Receive(c, this, m);
        for (var j = 0; j < Count; j++)
            if (IsHub(j)) Professional.WorkQueue(c, this, j);
    }

    /// <summary>Publishes every professional's card for <paramref name="day"/> into <paramref name="data"/>.</summary>
    public void PublishCards(DayContext c, DayData data, int day)
    {
        for (var j = 0; j < Count; j++)
        {
            data.ProfessionalRoute[Lo + j] = Professional.RouteChance(c, this, j, day);
            data.ProfessionalSkill[Lo + j] = Skill[j];
            data.ProfessionalCard[Lo + j] = Professional.Card(Kind[j]);
        }
    }

    /// <summary>Each professional's part of the partnership density (strengths of its ties to higher indices), in index order.</summary>
    public double[] PartnershipSums(DayContext c)
    {
        var sums = new double[Count];
        for (var j = 0; j < Count; j++) sums[j] = Professional.PartnershipSum(c, this, j);
        return sums;
    }

    /// <summary>A case waiting in a hub's queue: who, since when, her trust, the need, and what the referral's distance depends on.</summary>
    internal readonly record struct Case(int Resident, int Enqueued, float Trust, NeedKind Need, int Settlement, bool LimitedMobility);
}
