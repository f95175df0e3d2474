using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident receives one message: the only place (besides its own daily step) where its state changes.
/// Draws come from the message's key, so the numbers a message brings do not depend on other messages.
/// </summary>
internal static class Delivery
{
    /// <summary>Delivers a partition's inbox in order, then republishes its residents' cards.</summary>
    public static void Run(DayContext c, Partition p, MessageRouter.Inbox inbox)
    {
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind == MessageKind.Contact) Contact(c, p, m.To, m);
            else Other(c.World, p, m);
        }
        Cards.Publish(c, p);
    }

    public static void Deliver(World w, Partition p, in Message m)
    {
        if (m.Kind == MessageKind.Contact) Contact(w.FreshContext(), p, m.To, m);
        else Other(w, p, m);
    }

    private static void Other(World w, Partition p, in Message m)
    {
        var id = m.To;
        var r = w.Residents;
        switch (m.Kind)
        {
            case MessageKind.Referred:
                if (r.NeedState[id] == NeedState.Signalled) SignalRouting.Refer(w, p, id, m.From, (int)m.Value);
                break;
            case MessageKind.Lost:
                if (r.NeedState[id] == NeedState.Signalled)
                {
                    r.NeedState[id] = NeedState.Hidden;
                    if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.SignalLost, m.From, r.NeedKind[id], default));
                }
                break;
            case MessageKind.Work:
                r.Load[id] += m.Value;
                break;
            case MessageKind.Intervision:
                r.Strain[id] *= 1 - (float)w.Parameters.Volunteers.IntervisionRelief;
                break;
            case MessageKind.TakeRole:
                if (r.Role[id] == Role.None || (Role)m.A != Role.StreetMember)
                {
                    r.Role[id] = (Role)m.A;
                    if (w.IsTraced(id)) w.Record(p, new HistoryEvent(id, w.Day, HistoryKind.RoleTaken, m.From, default, default));
                }
                break;
            case MessageKind.Training:
                r.Skill[id] = Math.Max(r.Skill[id], m.Value);
                break;
            case MessageKind.LearnContact:
                r.KnowsContact[id] = true;
                break;
        }
    }

    private static void Contact(DayContext c, Partition p, int id, in Message m)
    {
        TieDynamics.AgeSums(c, id);
        var tie = TieDynamics.Touch(c, p, id, m.From, m.Channel, m.FormKind);
        if (m.IsEncounter) c.Encounters[id] += 1;
        var state = c.NeedState[id];
        if (state != NeedState.Hidden && tie < 0.5f) return;

        var rng = new CounterRng(m.Key);
        if (state == NeedState.Hidden && rng.Chance(Detection.Chance(c, id, m.Channel, m.SenderSkill, tie)))
        {
            var w = c.World;
            Detection.Record(w, p, id, m.From, m.Channel);
            if (m.IsOrganised) p.Counters.OrganisedDetections++;
            SignalRouting.AfterContact(w, p, id, m, tie, ref rng);
        }
        if (tie >= 0.5f && m.From < c.ResidentCount && rng.Chance(c.TriadicClosure))
            TriadicClosure.Introduce(c.World, p, id, m.From, ref rng);
    }
}
