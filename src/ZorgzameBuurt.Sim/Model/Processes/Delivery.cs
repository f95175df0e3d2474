using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident receives one message: the only place (besides its own daily step) where its state changes.
/// Draws come from the message's key, so the numbers a message brings do not depend on other messages.
/// </summary>
internal static class Delivery
{
    public static void Deliver(World w, Partition p, in Message m)
    {
        var id = m.To;
        var r = w.Residents;
        switch (m.Kind)
        {
            case MessageKind.Contact:
                Contact(w, p, id, m);
                break;
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

    private static void Contact(World w, Partition p, int id, in Message m)
    {
        var r = w.Residents;
        TieDynamics.AgeSums(w, id);
        var tie = TieDynamics.Touch(w, p, id, m.From, m.Channel, m.FormKind);
        if (m.IsEncounter) r.Encounters[id] += 1;
        if (r.NeedState[id] != NeedState.Hidden && tie < 0.5f) return;

        var rng = new CounterRng(m.Key);
        if (r.NeedState[id] == NeedState.Hidden && rng.Chance(Detection.Chance(w, id, m.Channel, m.SenderSkill, tie)))
        {
            Detection.Record(w, p, id, m.From, m.Channel);
            SignalRouting.AfterContact(w, p, id, m, tie, ref rng);
        }
        if (tie >= 0.5f && w.IsResident(m.From) && rng.Chance(w.Parameters.Ties.TriadicClosure))
            TriadicClosure.Introduce(w, p, id, m.From, ref rng);
    }
}
