using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// What every professional does (MODEL.md §3.7, §3.11): take the day's messages — a signal onto a hub's desk, a
/// request onto a service's waiting list, a partnership contact, a referral-card refresh, training — then a hub
/// works her desk (<see cref="Hub"/>) and a service its list (<see cref="Service"/>). Partnerships strengthen with joint
/// work and decay otherwise; first-line attention to referral cards decays with its half-life.
/// </summary>
internal static class Professional
{
    public static void Receive(DayContext c, ProfessionalBlock p, in Message m)
    {
        var j = m.To - p.FirstId - p.Lo;
        switch (m.Kind)
        {
            case MessageKind.Signal when p.IsHub(j):
                p.Desk[j].Add(ProfessionalBlock.Case.Of(m, c.Day, c.Parameters.Hub.VulnerablePriority));
                break;
            case MessageKind.Request when p.IsService(j):
                p.Desk[j].Add(ProfessionalBlock.Case.Of(m, c.Day, 0));
                if (m.CaseReferrer >= 0) Partnership(c, p, j, m.CaseReferrer, (float)c.Parameters.Hub.PartnershipPerReferral);
                break;
            case MessageKind.Contact when m.From >= c.ResidentCount:
                Partnership(c, p, j, m.From, c.Alpha[(int)m.Channel]);
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

    /// <summary>Adds today's share of a week's capacity to professional j's credit (at most a week's worth banked).</summary>
    public static float Accrue(ProfessionalBlock p, int j, double casesPerWeekPerFte)
    {
        var perDay = (float)(casesPerWeekPerFte * p.Fte[j] / 7);
        return p.Credit[j] = Math.Min(p.Credit[j] + perDay, perDay * 7);
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

    /// <summary>Whether professionals of this kind are a service that takes needs into service.</summary>
    public static bool IsService(ProfessionalKind kind) =>
        kind is ProfessionalKind.SocialWorker or ProfessionalKind.LdcWorker or ProfessionalKind.Nurse or ProfessionalKind.HomeCarer;

    private static readonly ProfessionalKind[] ForRightsAndPractical = [ProfessionalKind.SocialWorker, ProfessionalKind.LdcWorker];
    private static readonly ProfessionalKind[] ForSocial = [ProfessionalKind.LdcWorker, ProfessionalKind.SocialWorker];
    private static readonly ProfessionalKind[] ForCare = [ProfessionalKind.Nurse, ProfessionalKind.HomeCarer, ProfessionalKind.SocialWorker];

    /// <summary>Today's strength of professional j's side of its partnership with professional index <paramref name="other"/>.</summary>
    public static float PartnershipStrength(DayContext c, ProfessionalBlock p, int j, int other)
    {
        var i = p.Partnerships.Find(j, p.FirstId + other);
        return i < 0 ? 0 : c.Decay.Strength(p.Partnerships.At(j, i), c.Day);
    }

    /// <summary>Professional j's side of joint work with the professional agent <paramref name="otherAgent"/>:
    /// w ← w + α(1 − w), or a new partnership tie.</summary>
    public static void Partnership(DayContext c, ProfessionalBlock p, int j, int otherAgent, float alpha)
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
        e = e.WithStrength(now + alpha * (1 - now), c.Day);
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
