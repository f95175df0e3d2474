using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.1: a resident makes Poisson(rate) contacts a day; the rate scales with sociability and falls with limited mobility and with
/// loneliness (withdrawal). A contact is a chance encounter in the street or village, or goes over an existing
/// tie picked with probability proportional to its strength^γ (rejection sampling: pick uniformly, accept with
/// probability w^γ, so the cost does not grow with the number of ties). The resident sends her side of the contact
/// with her card; the other answers with theirs (<see cref="MessageKind.ContactAsk"/>). A chance encounter with a
/// stranger offers a tie, which the other accepts by homophily. A remote contact of a digital user is a chat half the
/// time; the other, if not digital, answers by phone.
/// </summary>
internal static class EverydayContact
{
    private const int Tries = 16;

    public static void Run(DayContext c, ResidentBlock b, int i, CounterRng rng)
    {
        var n = rng.Poisson(Rate(c, b, i));
        for (var k = 0; k < n; k++)
        {
            if (rng.Chance(c.ChanceShare) || !TieContact(c, b, i, ref rng))
                Encounter(c, b, i, ref rng);
        }
    }

    /// <summary>Expected contacts a day: per-day rate × sociability × (1 − withdrawal·L), halved with limited mobility.</summary>
    public static double Rate(DayContext c, ResidentBlock b, int i)
    {
        var rate = c.PerDay * b.Sociability[i] * (1 - c.Withdrawal * b.Loneliness[i]);
        return (b.Trait[i] & Traits.LimitedMobility) != 0 ? rate * c.LimitedMobilityFactor : rate;
    }

    private static bool TieContact(DayContext c, ResidentBlock b, int i, ref CounterRng rng)
    {
        var ties = b.Ties;
        var edges = ties.Of(i);
        for (var t = 0; t < Tries; t++)
        {
            if (edges.Length == 0) return false;
            var k = rng.NextInt(edges.Length);
            var e = edges[k];
            if (e.Kind == TieKind.Professional) continue;
            var s = c.Decay.Strength(e, c.Day);
            if (s < c.DropBelow)
            {
                TieDynamics.Drop(c, b, i, k, s);
                edges = ties.Of(i);
                continue;
            }
            if (rng.NextDouble() >= Weight(c, s)) continue;
            Send(c, b, i, e.Other, ChannelFor(c, b, i, ref rng), null, false, ref rng);
            return true;
        }
        return false;
    }

    private static double Weight(DayContext c, float s) => c.WeightMode switch
    {
        1 => s,
        2 => s * s,
        _ => Math.Pow(s, c.SelectionExponent),
    };

    private static void Encounter(DayContext c, ResidentBlock b, int i, ref CounterRng rng)
    {
        if (c.Lockdown && !rng.Chance(c.LockdownFactor)) return;
        int lo, hi;
        if (rng.Chance(c.OutsideStreetShare))
        {
            var k = b.Settlement[i];
            lo = c.StreetStart[c.SettlementStreets[k]];
            hi = c.StreetStart[c.SettlementStreets[k + 1]];
        }
        else
        {
            var s = b.Street[i];
            lo = c.StreetStart[s];
            hi = c.StreetStart[s + 1];
        }
        if (hi - lo < 2) return;
        var other = lo + rng.NextInt(hi - lo);
        var id = b.Lo + i;
        if (other == id) return;
        Send(c, b, i, other, Channel.FaceToFace, b.Ties.Find(i, other) >= 0 ? null : TieKind.Neighbour, true, ref rng);
    }

    private static Channel ChannelFor(DayContext c, ResidentBlock b, int i, ref CounterRng rng)
    {
        var remote = rng.Chance(c.RemoteShare) || (c.Lockdown && !rng.Chance(c.LockdownFactor));
        if (!remote) return Channel.FaceToFace;
        return (b.Trait[i] & Traits.DigitalUse) != 0 && rng.Chance(0.5) ? Channel.Chat : Channel.Phone;
    }

    /// <summary>The resident's side of a contact, with her card; the other answers with theirs.</summary>
    public static void Send(DayContext c, ResidentBlock b, int i, int other, Channel channel, TieKind? offer, bool encounter, ref CounterRng rng)
    {
        var key = rng.NextUInt64();
        b.Outbox.Add(Message.ContactAsk(other, b.Lo + i, key, channel, b.Skill[i], b.CardFlag[i], Delivery.RouteChance(b, i), offer, encounter,
            Residents.Looks(b.Age[i], b.Trait[i])));
        b.Counters.Contacts++;
    }
}
