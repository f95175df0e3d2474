using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.7, the care director's desk. Each day she triages the cases on her desk — the most severe first, a
/// vulnerable resident's raised by a priority — and works through them while her capacity (cases a week per FTE)
/// lasts: a simple question (rights, practical) she hands straight on to the service with a warm referral at a small
/// cost; a complex one (social, care, heavy) takes a case's work. Under load she never lets a case rot: one that has
/// waited <c>refer_on_days</c> she refers on unworked, a complex one with less chance of success. A referral that
/// succeeds puts the need on the service's waiting list; one that fails is lost, visibly (S000 Ch3 §5.1–5.2).
/// </summary>
internal static class Hub
{
    public static void Work(DayContext c, ProfessionalBlock p, int j)
    {
        var h = c.Parameters.Hub;
        var credit = Professional.Accrue(p, j, h.CasesPerWeekPerFte);
        var desk = p.Desk[j];
        if (desk.Count == 0) return;
        desk.Sort(ProfessionalBlock.Case.Triage);
        var rng = CounterRng.For(c.Seed, StreamPurpose.Hub, p.Lo + j, c.Day);
        var kept = 0;
        for (var n = 0; n < desk.Count; n++)
        {
            var k = desk[n];
            var simple = k.Need is NeedKind.Rights or NeedKind.Practical;
            var cost = simple ? (float)h.HandOnCost : 1f;
            if (credit >= cost)
            {
                credit -= cost;
                if (simple) p.Counters.HandedOn++;
                Refer(c, p, j, k, 1, ref rng);
            }
            else if (c.Day - k.Enqueued >= h.ReferOnDays)
            {
                p.Counters.ReferredOnUnderLoad++;
                Refer(c, p, j, k, simple ? 1 : h.ReferOnFactor, ref rng);
            }
            else desk[kept++] = k;
        }
        desk.RemoveRange(kept, desk.Count - kept);
        p.Credit[j] = credit;
    }

    /// <summary>A warm referral of a case to the service for its need: success by trust, partnership and distance
    /// (<see cref="Referral"/>) times <paramref name="factor"/>; the case goes to the service's list, the resident
    /// learns her contact person, and the joint work strengthens the partnership on both sides.</summary>
    private static void Refer(DayContext c, ProfessionalBlock p, int j, in ProfessionalBlock.Case k, double factor, ref CounterRng rng)
    {
        var agent = p.FirstId + p.Lo + j;
        var service = Professional.ServiceFor(c.Layout, k.Need);
        p.Counters.ReferralAttempts++;
        if (service < 0 || !rng.Chance(factor * Referral.SuccessChance(c, k.Settlement, k.LimitedMobility, k.Trust,
                Professional.PartnershipStrength(c, p, j, service))))
        {
            p.Counters.SignalsLost++;
            p.Out.Add(Message.Of(MessageKind.Lost, k.Resident, agent));
            return;
        }
        p.Counters.ReferralSuccesses++;
        var serviceAgent = p.FirstId + service;
        p.Out.Add(Message.Of(MessageKind.Referred, k.Resident, agent));
        p.Out.Add(Message.Of(MessageKind.LearnContact, k.Resident, agent));
        p.Out.Add(k.Request(serviceAgent, agent));
        Professional.Partnership(c, p, j, serviceAgent, (float)c.Parameters.Hub.PartnershipPerReferral);
    }
}
