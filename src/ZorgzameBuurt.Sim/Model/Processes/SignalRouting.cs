using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.6: what happens after a detection. An informal detector helps a light need directly if willing
/// (more likely over a strong tie: neighbour help reaches the already connected, S000 Ch4 §3), or passes the
/// signal to the hub only if they have a route (a role, a known contact person, a tie to a professional);
/// otherwise the signal is lost (S000 Ch3 §5.2). A first-line professional routes to the hub while their
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
            ToHub(c, b, i, rng.NextUInt64(), late, m.From);
            return;
        }
        if ((card & CardFlags.Professional) != 0)
        {
            if (c.Layout.HasHub && rng.Chance(m.Value))
            {
                ToHub(c, b, i, rng.NextUInt64(), late);
                b.Counters.FirstLineSignals++;
            }
            else if (rng.Chance(c.DirectReferralWithoutHub)) DirectReferral(c, b, i, m.From, ref rng);
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
        else if (c.Layout.HasHub) ToHub(c, b, i, rng.NextUInt64(), late);
        else if (rng.Chance(c.DirectReferralWithoutHub)) DirectReferral(c, b, i, m.From, ref rng);
        else Lose(c, b, i, m.From);
    }

    /// <summary>Sends the resident's signal to a hub's queue (her own hub when <paramref name="hub"/> is −1).</summary>
    public static void ToHub(DayContext c, ResidentBlock b, int i, ulong key, MessageBuffer outbox, int hub = -1)
    {
        var id = b.Lo + i;
        if (hub < 0) hub = c.Layout.HubFor(id);
        b.NeedState[i] = NeedState.Signalled;
        outbox.Add(Message.Signal(hub, id, key, b.Trust[i], b.NeedKind[i], b.Settlement[i], (b.Trait[i] & Traits.LimitedMobility) != 0));
        b.Record(i, c.Day, HistoryKind.Signalled, hub, b.NeedKind[i]);
    }

    /// <summary>A referral without the hub: no partnership to smooth it (cold referral).</summary>
    public static void DirectReferral(DayContext c, ResidentBlock b, int i, int referrer, ref CounterRng rng)
    {
        b.Counters.ReferralAttempts++;
        var chance = Referral.SuccessChance(c, b.Settlement[i], (b.Trait[i] & Traits.LimitedMobility) != 0, b.Trust[i], partnership: 0);
        if (rng.Chance(chance))
        {
            b.Counters.ReferralSuccesses++;
            Refer(c, b, i, referrer, c.Day + (int)NeedOnset.ServiceDays(c.Parameters.Needs, b.NeedKind[i]));
        }
        else Lose(c, b, i, referrer);
    }

    public static void Refer(DayContext c, ResidentBlock b, int i, int referrer, int due)
    {
        b.NeedState[i] = NeedState.Referred;
        b.NeedDue[i] = due;
        b.Record(i, c.Day, HistoryKind.Referred, referrer, b.NeedKind[i]);
    }

    public static void Lose(DayContext c, ResidentBlock b, int i, int where)
    {
        b.Counters.SignalsLost++;
        b.NeedState[i] = NeedState.Hidden;
        b.Record(i, c.Day, HistoryKind.SignalLost, where, b.NeedKind[i]);
    }
}
