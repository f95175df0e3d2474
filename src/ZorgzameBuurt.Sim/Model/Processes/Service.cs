namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.7, a service (social house, LDC, nursing, home care): referrals join its waiting list in the order they
/// arrive; each day it takes as many into service as its capacity allows (cases a week per FTE), the longest waiting
/// first, and a case takes the need's service time. A resident whose wait passes <c>max_wait_days</c> gives up: the
/// wait expires, visibly (counted, in her journey), her need is hidden again and she trusts and asks less.
/// </summary>
internal static class Service
{
    public static void Work(DayContext c, ProfessionalBlock p, int j)
    {
        var s = c.Parameters.Services;
        var credit = Professional.Accrue(p, j, s.CasesPerWeekPerFte);
        var list = p.Desk[j];
        var agent = p.FirstId + p.Lo + j;
        var kept = 0;
        for (var n = 0; n < list.Count; n++)
        {
            var k = list[n];
            if (credit >= 1)
            {
                credit -= 1;
                var due = c.Day + (int)NeedOnset.ServiceDays(c.Parameters.Needs, k.Need);
                p.Out.Add(Message.Of(MessageKind.Admitted, k.Resident, agent, due));
            }
            else if (c.Day - k.Enqueued > s.MaxWaitDays)
            {
                p.Counters.WaitsExpired++;
                p.Out.Add(Message.Of(MessageKind.Expired, k.Resident, agent));
            }
            else list[kept++] = k;
        }
        list.RemoveRange(kept, list.Count - kept);
        p.Credit[j] = credit;
    }
}
