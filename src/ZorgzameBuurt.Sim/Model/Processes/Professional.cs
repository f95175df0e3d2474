using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// The professionals' day (MODEL.md §3.7, §3.11). Each hub (care director) takes signals into a FIFO queue,
/// works it at its capacity (cases per week per FTE), and refers each case to the service for its kind; cases
/// that wait too long are lost. Each referral is joint work that strengthens the hub–service partnership;
/// partnerships otherwise decay. First-line attention to referral cards decays with its half-life.
/// </summary>
internal static class Professional
{
    public static void Work(World w, ReadOnlySpan<Message> inbox)
    {
        var pro = w.Professionals;
        foreach (ref readonly var m in inbox)
        {
            var j = m.To - pro.FirstId;
            switch (m.Kind)
            {
                case MessageKind.Signal when pro.IsHub(j):
                    pro.Queues[j].Enqueue(new Professionals.Case(m.From, w.Day, m.Value, (NeedKind)m.A));
                    break;
                case MessageKind.Contact when !w.IsResident(m.From):
                    Partnership(w, j, m.From - pro.FirstId, m.Channel);
                    break;
                case MessageKind.RefreshAttention:
                    pro.Attention[j] = m.Value;
                    pro.AttentionDay[j] = w.Day;
                    break;
                case MessageKind.Training:
                    pro.Skill[j] = Math.Max(pro.Skill[j], m.Value);
                    break;
            }
        }
        foreach (var hub in w.Hubs) WorkQueue(w, hub);
    }

    private static void WorkQueue(World w, int hub)
    {
        var pro = w.Professionals;
        var h = w.Parameters.Hub;
        var queue = pro.Queues[hub];
        var perDay = (float)(h.CasesPerWeekPerFte * pro.Fte[hub] / 7);
        pro.Credit[hub] = Math.Min(pro.Credit[hub] + perDay, perDay * 7);
        var rng = CounterRng.For(w.Seed, StreamPurpose.Hub, hub, w.Day);
        var agent = pro.FirstId + hub;

        while (queue.Count > 0 && queue.Peek().Enqueued < w.Day - h.MaxWaitDays)
        {
            var lost = queue.Dequeue();
            w.HubCounters.SignalsLost++;
            w.HubOut.Add(Message.Of(MessageKind.Lost, lost.Resident, agent));
        }
        while (queue.Count > 0 && pro.Credit[hub] >= 1)
        {
            var c = queue.Dequeue();
            pro.Credit[hub] -= 1;
            var service = ServiceFor(w, c.Need);
            var partnership = service < 0 ? 0 : PartnershipStrength(w, hub, service);
            w.HubCounters.ReferralAttempts++;
            if (rng.Chance(Referral.SuccessChance(w, c.Resident, c.Trust, partnership)))
            {
                w.HubCounters.ReferralSuccesses++;
                var due = w.Day + (int)NeedOnset.ServiceDays(w.Parameters.Needs, c.Need);
                w.HubOut.Add(Message.Of(MessageKind.Referred, c.Resident, agent, due));
                w.HubOut.Add(Message.Of(MessageKind.LearnContact, c.Resident, agent));
            }
            else
            {
                w.HubCounters.SignalsLost++;
                w.HubOut.Add(Message.Of(MessageKind.Lost, c.Resident, agent));
            }
            if (service >= 0)
            {
                Partnership(w, hub, service, Channel.Phone);
                Partnership(w, service, hub, Channel.Phone);
            }
        }
    }

    /// <summary>The professional who serves a need of this kind: social worker for rights and practical needs,
    /// nurse or home carer for care and heavy needs, LDC worker for social needs; −1 if none exists.</summary>
    public static int ServiceFor(World w, NeedKind need)
    {
        var wanted = need switch
        {
            NeedKind.Rights or NeedKind.Practical => ForRightsAndPractical,
            NeedKind.Social => ForSocial,
            _ => ForCare,
        };
        var kinds = w.Professionals.Kind;
        foreach (var kind in wanted)
            for (var j = 0; j < kinds.Length; j++)
                if (kinds[j] == kind) return j;
        return -1;
    }

    private static readonly ProfessionalKind[] ForRightsAndPractical = [ProfessionalKind.SocialWorker, ProfessionalKind.LdcWorker];
    private static readonly ProfessionalKind[] ForSocial = [ProfessionalKind.LdcWorker, ProfessionalKind.SocialWorker];
    private static readonly ProfessionalKind[] ForCare = [ProfessionalKind.Nurse, ProfessionalKind.HomeCarer, ProfessionalKind.SocialWorker];

    public static float PartnershipStrength(World w, int a, int b)
    {
        var ties = w.Professionals.Partnerships;
        var i = ties.Find(a, w.Professionals.FirstId + b);
        return i < 0 ? 0 : w.Decay.Strength(ties.At(a, i), w.Day);
    }

    /// <summary>Professional a's side of a partnership contact with professional b.</summary>
    public static void Partnership(World w, int a, int b, Channel channel)
    {
        var ties = w.Professionals.Partnerships;
        var other = w.Professionals.FirstId + b;
        var i = ties.Find(a, other);
        var alpha = TieDynamics.Alpha(w, channel);
        if (i < 0)
        {
            ties.Add(a, new HalfEdge(other, TieKind.Partnership, (float)w.Parameters.Ties.NewTieStrength, w.Day));
            return;
        }
        ref var e = ref ties.At(a, i);
        var now = w.Decay.Strength(e, w.Day);
        e = e.WithStrength(now + alpha * (1 - now), w.Day);
    }

    public static void PublishCards(World w)
    {
        var d = w.Parameters.Detection;
        var pro = w.Professionals;
        for (var j = 0; j < pro.Count; j++)
            pro.Skill[j] = Math.Max(pro.Skill[j], (float)(pro.IsHub(j) ? d.SkillCareDirector : d.SkillFirstLine));
    }

    public static CardFlags Card(World w, int j)
    {
        var pro = w.Professionals;
        var flags = CardFlags.Professional;
        if (pro.IsHub(j)) flags |= CardFlags.Hub | CardFlags.HasRoute;
        if (Professionals.IsFirstLine(pro.Kind[j])) flags |= CardFlags.FirstLine;
        return flags;
    }

    /// <summary>The chance a professional passes a detected signal to the hub: always for the hub itself; for
    /// others, their referral-card attention decayed since it was last refreshed.</summary>
    public static float RouteChance(World w, int j)
    {
        var pro = w.Professionals;
        if (pro.IsHub(j)) return 1f;
        var age = w.Day - pro.AttentionDay[j];
        return pro.Attention[j] * (float)Math.Pow(2, -age / w.Parameters.Routing.ReferralCardHalfLife);
    }
}
