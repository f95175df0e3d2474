using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.6: what happens after a detection. An informal detector helps a light need directly if willing
/// (more likely over a strong tie: neighbour help reaches the already connected, S000 Ch4 §3), or passes the
/// signal to the hub only if they have a route (a role, a known contact person, a tie to a professional);
/// otherwise the signal is lost (S000 Ch3 §5.2). Without a hub, a referral is cold (<see cref="DirectReferral"/>). A first-line professional routes to the hub while their
/// referral-card attention lasts. A lost signal leaves the need hidden. Everything here is the detected
/// resident's own doing, read from the detector's card in the message.
/// </summary>
internal static class SignalRouting
{
    public static void AfterContact(DayContext c, ResidentBlock b, int round, int i, in Message m, float tie, ref CounterRng rng)
    {
        var card = m.Card;
        var late = b.Late[round];
        if ((card & CardFlags.Hub) != 0)
        {
            ToHub(c, b, i, late, m.From);
            return;
        }
        if ((card & CardFlags.Professional) != 0)
        {
            if (c.Layout.HasHub && rng.Chance(m.Value))
            {
                ToHub(c, b, i, late);
                b.Counters.FirstLineSignals++;
            }
            else if (rng.Chance(c.DirectReferralWithoutHub)) DirectReferral(c, b, i, m.From, late, ref rng);
            else Lose(c, b, i, m.From);
            return;
        }
        if (b.NeedKind[i].IsLight() && rng.Chance(c.InformalHelp * tie))
        {
            Resolution.Resolve(c, b, i, HistoryKind.HelpedInformally, m.From);
            if ((card & CardFlags.Volunteer) != 0) late.Add(Message.Of(MessageKind.Work, m.From, b.Lo + i, 1f));
            return;
        }
        if ((card & CardFlags.HasRoute) == 0) Lose(c, b, i, m.From);
        else if (c.Layout.HasHub) ToHub(c, b, i, late);
        else if (rng.Chance(c.DirectReferralWithoutHub)) DirectReferral(c, b, i, m.From, late, ref rng);
        else Lose(c, b, i, m.From);
    }

    /// <summary>Sends the resident's signal to a hub's desk (her own hub when <paramref name="hub"/> is −1).</summary>
    public static void ToHub(DayContext c, ResidentBlock b, int i, MessageBuffer outbox, int hub = -1)
    {
        var id = b.Lo + i;
        if (hub < 0) hub = c.Layout.HubFor(id);
        b.NeedState[i] = NeedState.Signalled;
        outbox.Add(CaseOf(b, i, MessageKind.Signal, hub, -1));
        b.Record(i, c.Day, HistoryKind.Signalled, hub, b.NeedKind[i]);
    }

    /// <summary>A referral without the hub (the resident asking a service herself, or a first-line worker without a
    /// hub): cold, with no partnership to smooth it and the service's threshold met alone (success × cold factor).
    /// If it succeeds, the need waits on the service's list.</summary>
    public static void DirectReferral(DayContext c, ResidentBlock b, int i, int referrer, MessageBuffer outbox, ref CounterRng rng)
    {
        b.Counters.ReferralAttempts++;
        var service = Professional.ServiceFor(c.Layout, b.NeedKind[i]);
        var chance = c.Parameters.Hub.ColdFactor * Referral.SuccessChance(c, b.Settlement[i], (b.Trait[i] & Traits.LimitedMobility) != 0, b.Trust[i], partnership: 0);
        if (service < 0 || !rng.Chance(chance))
        {
            Lose(c, b, i, referrer);
            return;
        }
        b.Counters.ReferralSuccesses++;
        outbox.Add(CaseOf(b, i, MessageKind.Request, c.ProfessionalFirstId + service, -1));
        Wait(c, b, i, referrer);
    }

    /// <summary>The resident's need as a case for a hub or a service.</summary>
    private static Message CaseOf(ResidentBlock b, int i, MessageKind kind, int to, int referrer) =>
        Message.Case(kind, to, b.Lo + i, referrer, b.Trust[i], b.NeedKind[i], b.NeedSeverity[i], (b.Trait[i] & Traits.Vulnerable) != 0,
            b.Settlement[i], (b.Trait[i] & Traits.LimitedMobility) != 0);

    /// <summary>The need is on a service's waiting list, referred by <paramref name="referrer"/>.</summary>
    public static void Wait(DayContext c, ResidentBlock b, int i, int referrer)
    {
        b.NeedState[i] = NeedState.Waiting;
        b.Record(i, c.Day, HistoryKind.Referred, referrer, b.NeedKind[i]);
    }

    public static void Lose(DayContext c, ResidentBlock b, int i, int where)
    {
        b.Counters.SignalsLost++;
        b.NeedState[i] = NeedState.Hidden;
        b.Record(i, c.Day, HistoryKind.SignalLost, where, b.NeedKind[i]);
    }
}
