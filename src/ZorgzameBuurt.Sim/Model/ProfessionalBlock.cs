using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// A block of professionals [Lo, Hi) (indices into <see cref="Professionals"/>): it owns their state — detection
/// skill, referral-card attention, a hub's or a service's credit and desk (cases on a hub's desk, a service's waiting
/// list), their side of each partnership — and their counters
/// and outgoing messages. The in-process engine keeps all professionals in one block; the Orleans host gives each
/// professional a grain (a block of one). Results do not depend on the grouping: each professional handles its own
/// messages in arrival order, then the hubs work their desks and then the services their lists, each in index order.
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
        Desk = new List<Case>[Count];
        for (var j = 0; j < Count; j++)
        {
            Desk[j] = [];
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

    /// <summary>Fractional cases a hub or a service may still take on.</summary>
    internal float[] Credit { get; }

    /// <summary>The cases waiting: on a hub's desk, or on a service's waiting list (in arrival order).</summary>
    internal List<Case>[] Desk { get; }

    /// <summary>This block's side of the partnership ties (local index = professional index − Lo).</summary>
    public TieStore Partnerships { get; }

    public Counters Counters { get; } = new();

    /// <summary>Messages emitted in the professional phase (delivered tomorrow).</summary>
    public MessageBuffer Out { get; } = new(16);

    public bool IsHub(int local) => Kind[local] == ProfessionalKind.CareDirector;

    public bool IsService(int local) => Professional.IsService(Kind[local]);

    /// <summary>The professional phase: every message in arrival order, then each hub's desk, then each service's list.</summary>
    public void Work(DayContext c, ReadOnlySpan<Message> inbox)
    {
        Out.Clear();
        foreach (ref readonly var m in inbox) Professional.Receive(c, this, m);
        for (var j = 0; j < Count; j++)
            if (IsHub(j)) Hub.Work(c, this, j);
        for (var j = 0; j < Count; j++)
            if (IsService(j)) Service.Work(c, this, j);
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

    /// <summary>A case waiting on a desk: who, since when, her trust, the need and its severity, whether she is vulnerable,
    /// what the referral's distance depends on, and its triage priority (severity, raised for a vulnerable resident).</summary>
    internal readonly record struct Case(int Resident, int Enqueued, float Trust, NeedKind Need, float Severity, bool Vulnerable,
        int Settlement, bool LimitedMobility, float Priority)
    {
        /// <summary>The case a signal or request brings, arriving on <paramref name="day"/>.</summary>
        public static Case Of(in Message m, int day, double vulnerablePriority) =>
            new(m.From, day, m.Value, m.CaseNeed, m.CaseSeverity, m.CaseVulnerable, m.CaseSettlement, m.CaseLimitedMobility,
                m.CaseSeverity + (m.CaseVulnerable ? (float)vulnerablePriority : 0f));

        /// <summary>This case as a request for <paramref name="service"/>'s waiting list, referred by <paramref name="referrer"/>.</summary>
        public Message Request(int service, int referrer) =>
            Message.Case(MessageKind.Request, service, Resident, referrer, Trust, Need, Severity, Vulnerable, Settlement, LimitedMobility);

        /// <summary>Triage order: higher priority first, then the longest waiting, then by resident (a total order).</summary>
        public static readonly IComparer<Case> Triage = Comparer<Case>.Create(static (a, b) =>
            a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Enqueued != b.Enqueued ? a.Enqueued.CompareTo(b.Enqueued)
            : a.Resident.CompareTo(b.Resident));
    }
}
