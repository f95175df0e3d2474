using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.6: what happens after a detection. An informal detector helps a light need directly if willing
/// (more likely over a strong tie: neighbour help reaches the already connected, S000 Ch4 §3), or passes the
/// signal to the hub only if they have a route (a role, a known contact person, a tie to a professional);
/// otherwise the signal is lost (S000 Ch3 §5.2). A first-line professional routes to the hub while their
/// referral-card attention lasts. A lost signal leaves the need hidden.
/// </summary>
internal static class SignalRouting
{
    public static void AfterContact(World w, Partition p, int id, in Message m, float tie, ref CounterRng rng)
    {
        var r = w.Residents;
        var card = m.Flags;
        if ((card & CardFlags.Hub) != 0)
        {
            ToHub(w, p, id, rng.NextUInt64(), p.Late, m.From);
            return;
        }
        if ((card & CardFlags.Professional) != 0)
        {
            if (w.HasHub && rng.Chance(m.Value))
            {
                ToHub(w, p, id, rng.NextUInt64(), p.Late);
                p.Counters.FirstLineSignals++;
            }
            else if (rng.Chance(w.Parameters.Hub.DirectReferralWithoutHub)) DirectReferral(w, p, id, m.From, ref rng);
            else Lose(w, p, id, m.From);
            return;
        }
        if (r.NeedKind[id].IsLight() && rng.Chance(w.Parameters.Routing.InformalHelp * tie))
        {
            Resolution.Resolve(w, p, id, HistoryKind.HelpedInformally, m.From);
            if ((card & CardFlags.Volunteer) != 0) p.Late.Add(Message.Of(MessageKind.Work, m.From, id, 1f));
            return;
        }
        if ((card & CardFlags.HasRoute) == 0) Lose(w, p, id, m.From);
        else if (w.HasHub) ToHub(w, p, id, rng.NextUInt64(), p.Late);
        else if (rng.Chance(w.Parameters.Hub.DirectReferralWithoutHub)) DirectReferral(w, p, id, m.From, ref rng);
        else Lose(w, p, id, m.From);
    }

    /// <summary>Sends the resident's signal to a hub's queue (its own when <paramref name="hub"/> is −1).</summary>
    public static void ToHub(World w, Partition p, int id, ulong key, Engine.MessageBuffer outbox, int hub = -1)
    {
        var r = w.Residents;
        if (hub < 0) hub = w.HubFor(id);
        r.NeedState[id] = NeedState.Signalled;
        outbox.Add(Message.Of(MessageKind.Signal, hub, id, r.Trust[id], (byte)r.NeedKind[id], key));
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.Signalled, hub, r.NeedKind[id], default));
    }

    /// <summary>A referral without the hub: no partnership to smooth it (cold referral).</summary>
    public static void DirectReferral(World w, Partition p, int id, int referrer, ref CounterRng rng)
    {
        p.Counters.ReferralAttempts++;
        if (rng.Chance(Referral.SuccessChance(w, id, w.Residents.Trust[id], partnership: 0)))
        {
            p.Counters.ReferralSuccesses++;
            Refer(w, p, id, referrer, w.Day + (int)NeedOnset.ServiceDays(w.Parameters.Needs, w.Residents.NeedKind[id]));
        }
        else Lose(w, p, id, referrer);
    }

    public static void Refer(World w, Partition? p, int id, int referrer, int due)
    {
        var r = w.Residents;
        r.NeedState[id] = NeedState.Referred;
        r.NeedDue[id] = due;
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.Referred, referrer, r.NeedKind[id], default));
    }

    public static void Lose(World w, Partition p, int id, int where)
    {
        p.Counters.SignalsLost++;
        w.Residents.NeedState[id] = NeedState.Hidden;
        if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.SignalLost, where, w.Residents.NeedKind[id], default));
    }
}
