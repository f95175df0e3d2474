using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// The professionals' day (MODEL.md §3.7, §3.11). Each hub (care director) takes signals into a FIFO queue,
/// works it at its capacity (cases per week per FTE), and refers each case to the service for its kind; cases
/// that wait too long are lost. Each referral is joint work that strengthens the hub–service partnership (the
/// hub's side at once, the service's side by a message); partnerships otherwise decay. First-line attention to
/// referral cards decays with its half-life.
/// </summary>
internal static class Professional
{
    public static void Receive(DayContext c, ProfessionalBlock p, in Message m)
    {
        var j = m.To - p.FirstId - p.Lo;
        switch (m.Kind)
        {
            case MessageKind.Signal when p.IsHub(j):
                p.Queues[j].Enqueue(new ProfessionalBlock.Case(m.From, c.Day, m.Value, m.SignalNeed, m.SignalSettlement, m.SignalLimitedMobility));
                break;
            case MessageKind.Contact when m.From >= c.ResidentCount:
                Partnership(c, p, j, m.From, m.Channel);
                break;
            case MessageKind.RefreshAttention:
                p.Attention[j] = m.Value;
                p.AttentionDay[j] = c.Day;
                break;
            case MessageKind.Training:
                p.Skill[j] = Math.Max(p.Skill[j], m.Value);
                break;
        }
    }

    public static void WorkQueue(DayContext c, ProfessionalBlock p, int j)
    {
        var h = c.Parameters.Hub;
        var queue = p.Queues[j];
        var hub = p.Lo + j;
        var perDay = (float)(h.CasesPerWeekPerFte * p.Fte[j] / 7);
        p.Credit[j] = Math.Min(p.Credit[j] + perDay, perDay * 7);
        var rng = CounterRng.For(c.Seed, StreamPurpose.Hub, hub, c.Day);
        var agent = p.FirstId + hub;

        while (queue.Count > 0 && queue.Peek().Enqueued < c.Day - h.MaxWaitDays)
        {
            var lost = queue.Dequeue();
            p.Counters.SignalsLost++;
            p.Out.Add(Message.Of(MessageKind.Lost, lost.Resident, agent));
        }
        while (queue.Count > 0 && p.Credit[j] >= 1)
        {
            var k = queue.Dequeue();
            p.Credit[j] -= 1;
            var service = ServiceFor(c.Layout, k.Need);
            var partnership = service < 0 ? 0 : PartnershipStrength(c, p, j, service);
            p.Counters.ReferralAttempts++;
            if (rng.Chance(Referral.SuccessChance(c, k.Settlement, k.LimitedMobility, k.Trust, partnership)))
            {
                p.Counters.ReferralSuccesses++;
                var due = c.Day + (int)NeedOnset.ServiceDays(c.Parameters.Needs, k.Need);
                p.Out.Add(Message.Of(MessageKind.Referred, k.Resident, agent, due));
                p.Out.Add(Message.Of(MessageKind.LearnContact, k.Resident, agent));
            }
            else
            {
                p.Counters.SignalsLost++;
                p.Out.Add(Message.Of(MessageKind.Lost, k.Resident, agent));
            }
            if (service >= 0)
            {
                Partnership(c, p, j, p.FirstId + service, Channel.Phone);
                p.Out.Add(Message.Contact(p.FirstId + service, agent, 0, Channel.Phone, 0, CardFlags.Professional, 0, TieKind.Partnership));
            }
        }
    }

    /// <summary>The professional who serves a need of this kind: social worker for rights and practical needs,
    /// nurse or home carer for care and heavy needs, LDC worker for social needs; −1 if none exists.</summary>
    public static int ServiceFor(Layout layout, NeedKind need)
    {
        var wanted = need switch
        {
            NeedKind.Rights or NeedKind.Practical => ForRightsAndPractical,
            NeedKind.Social => ForSocial,
            _ => ForCare,
        };
        var kinds = layout.ProfessionalKinds;
        foreach (var kind in wanted)
            for (var j = 0; j < kinds.Length; j++)
                if (kinds[j] == kind) return j;
        return -1;
    }

    private static readonly ProfessionalKind[] ForRightsAndPractical = [ProfessionalKind.SocialWorker, ProfessionalKind.LdcWorker];
    private static readonly ProfessionalKind[] ForSocial = [ProfessionalKind.LdcWorker, ProfessionalKind.SocialWorker];
    private static readonly ProfessionalKind[] ForCare = [ProfessionalKind.Nurse, ProfessionalKind.HomeCarer, ProfessionalKind.SocialWorker];

    /// <summary>Today's strength of professional j's side of its partnership with professional index <paramref name="other"/>.</summary>
    public static float PartnershipStrength(DayContext c, ProfessionalBlock p, int j, int other)
    {
        var i = p.Partnerships.Find(j, p.FirstId + other);
        return i < 0 ? 0 : c.Decay.Strength(p.Partnerships.At(j, i), c.Day);
    }

    /// <summary>Professional j's side of a partnership contact with the professional agent <paramref name="otherAgent"/>.</summary>
    public static void Partnership(DayContext c, ProfessionalBlock p, int j, int otherAgent, Channel channel)
    {
        var ties = p.Partnerships;
        var i = ties.Find(j, otherAgent);
        if (i < 0)
        {
            ties.Add(j, new HalfEdge(otherAgent, TieKind.Partnership, c.NewTieStrength, c.Day));
            return;
        }
        ref var e = ref ties.At(j, i);
        var now = c.Decay.Strength(e, c.Day);
        e = e.WithStrength(now + c.Alpha[(int)channel] * (1 - now), c.Day);
    }

    public static CardFlags Card(ProfessionalKind kind)
    {
        var flags = CardFlags.Professional;
        if (kind == ProfessionalKind.CareDirector) flags |= CardFlags.Hub | CardFlags.HasRoute;
        if (Professionals.IsFirstLine(kind)) flags |= CardFlags.FirstLine;
        return flags;
    }

    /// <summary>The chance a professional passes a detected signal to the hub on <paramref name="day"/>: always for the
    /// hub itself; for others, their referral-card attention decayed since it was last refreshed.</summary>
    public static float RouteChance(DayContext c, ProfessionalBlock p, int j, int day)
    {
        if (p.IsHub(j)) return 1f;
        var age = day - p.AttentionDay[j];
        return p.Attention[j] * (float)Math.Pow(2, -age / c.Parameters.Routing.ReferralCardHalfLife);
    }

    /// <summary>Professional j's partial of the partnership density: the strengths of its ties to higher indices.</summary>
    public static double PartnershipSum(DayContext c, ProfessionalBlock p, int j)
    {
        double sum = 0;
        foreach (var e in p.Partnerships.Of(j))
            if (e.Other - p.FirstId > p.Lo + j) sum += c.Decay.Strength(e, c.Day);
        return sum;
    }
}
