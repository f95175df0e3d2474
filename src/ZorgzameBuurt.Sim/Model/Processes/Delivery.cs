using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// A resident receives one message: the only place (besides its own daily step) where its state changes.
/// Draws come from the message's key, so the numbers a message brings do not depend on other messages. What a
/// resident sends while receiving goes to the second round (answers, meetings) or to tomorrow (signals, work,
/// introductions), never to an agent's state directly.
/// </summary>
internal static class Delivery
{
    public static void Deliver(DayContext c, ResidentBlock b, int round, in Message m)
    {
        var i = m.To - b.Lo;
        switch (m.Kind)
        {
            case MessageKind.Contact:
                Contact(c, b, round, i, m, m.Channel, m.FormKind);
                break;
            case MessageKind.ContactAsk:
                Answer(c, b, round, i, m);
                break;
            case MessageKind.Meet:
                b.Replies.Add(Message.Contact(m.From, m.To, m.Key, m.Channel, b.Skill[i], b.CardFlag[i], RouteChance(b, i), m.FormKind, m.IsEncounter).Organised());
                break;
            default:
                Other(c, b, round, i, m);
                break;
        }
    }

    /// <summary>A resident's own route chance: 1 with a route to the hub, else 0.</summary>
    public static float RouteChance(ResidentBlock b, int i) => (b.CardFlag[i] & CardFlags.HasRoute) != 0 ? 1f : 0f;

    /// <summary>A contact someone started: a tie offer is accepted by homophily (similar age band and origin), the
    /// contact is handled, and the receiver answers with its own side and card.</summary>
    private static void Answer(DayContext c, ResidentBlock b, int round, int i, in Message m)
    {
        var form = m.FormKind;
        if (form is not null)
        {
            var similar = m.Looks == Residents.Looks(b.Age[i], b.Trait[i]);
            var offer = new CounterRng(CounterRng.Mix(m.Key ^ 0x0FFE5UL));
            if (!offer.Chance(similar ? c.FormationSimilar : c.FormationDissimilar)) form = null;
        }
        var channel = m.Channel == Channel.Chat && (b.Trait[i] & Traits.DigitalUse) == 0 ? Channel.Phone : m.Channel;
        Contact(c, b, round, i, m, channel, form);
        b.Replies.Add(Message.Contact(m.From, m.To, CounterRng.Mix(m.Key), channel, b.Skill[i], b.CardFlag[i], RouteChance(b, i), form, m.IsEncounter));
    }

    private static void Other(DayContext c, ResidentBlock b, int round, int i, in Message m)
    {
        switch (m.Kind)
        {
            case MessageKind.Referred:
                if (b.NeedState[i] == NeedState.Signalled) SignalRouting.Wait(c, b, i, m.From);
                break;
            case MessageKind.Admitted:
                if (b.NeedState[i] == NeedState.Waiting)
                {
                    b.NeedState[i] = NeedState.InService;
                    b.NeedDue[i] = (int)m.Value;
                    b.Record(i, c.Day, HistoryKind.Admitted, m.From, b.NeedKind[i]);
                }
                break;
            case MessageKind.Expired:
                if (b.NeedState[i] == NeedState.Waiting) Resolution.Expire(c, b, i, m.From);
                break;
            case MessageKind.Lost:
                if (b.NeedState[i] == NeedState.Signalled)
                {
                    b.NeedState[i] = NeedState.Hidden;
                    b.Record(i, c.Day, HistoryKind.SignalLost, m.From, b.NeedKind[i]);
                }
                break;
            case MessageKind.Work:
                b.Load[i] += m.Value;
                break;
            case MessageKind.Intervision:
                b.Strain[i] *= 1 - (float)c.Parameters.Volunteers.IntervisionRelief;
                break;
            case MessageKind.TakeRole:
                if (b.Role[i] == Role.None || (Role)m.A != Role.StreetMember)
                {
                    if (b.Role[i] == Role.None && ((Role)m.A).IsInclusive()) VolunteerStrain.TakeUp(c, b, i);
                    b.Role[i] = (Role)m.A;
                    b.Record(i, c.Day, HistoryKind.RoleTaken, m.From);
                }
                break;
            case MessageKind.Training:
                b.Skill[i] = Math.Max(b.Skill[i], m.Value);
                break;
            case MessageKind.LearnContact:
                b.KnowsContact[i] = true;
                break;
            case MessageKind.Went:
                TellTies(c, b, round, i, m.Value);
                break;
            case MessageKind.TieWent:
                b.TieWentDay[i] = Math.Max(b.TieWentDay[i], (int)m.Value);
                break;
        }
    }

    /// <summary>A resident who went to an organised activity tells her ties of at least the brought-along strength (they may come along next time).</summary>
    private static void TellTies(DayContext c, ResidentBlock b, int round, int i, float day)
    {
        var min = c.BringAlongStrength;
        foreach (var e in b.Ties.Of(i))
        {
            if (e.Kind is TieKind.Professional or TieKind.Partnership || e.Other >= c.ResidentCount) continue;
            if (c.Decay.Strength(e, c.Day) >= min) b.Late[round].Add(Message.Of(MessageKind.TieWent, e.Other, b.Lo + i, day));
        }
    }

    private static void Contact(DayContext c, ResidentBlock b, int round, int i, in Message m, Channel channel, TieKind? form)
    {
        TieDynamics.AgeSums(c, b, i);
        var tie = TieDynamics.Touch(c, b, i, m.From, channel, form);
        if (m.IsEncounter) b.Encounters[i] += 1;
        var state = b.NeedState[i];
        if (state != NeedState.Hidden && tie < c.StrongTie) return;

        var rng = new CounterRng(m.Key);
        if (state == NeedState.Hidden && rng.Chance(Detection.Chance(c, b, i, channel, m.SenderSkill, tie)))
        {
            Detection.Record(c, b, i, m.From, channel);
            if (m.IsOrganised) b.Counters.OrganisedDetections++;
            SignalRouting.AfterContact(c, b, round, i, m, tie, ref rng);
        }
        if (tie >= c.StrongTie && m.From < c.ResidentCount && rng.Chance(c.TriadicClosure))
            TriadicClosure.Introduce(c, b, round, i, m.From, ref rng);
    }
}
