using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.1: a resident makes Poisson(rate) contacts a day; the rate scales with sociability and falls with limited mobility and with
/// loneliness (withdrawal). A contact is a chance encounter in the street or village, or goes over an existing
/// tie picked with probability proportional to its strength^γ (rejection sampling: pick uniformly, accept with
/// probability w^γ, so the cost does not grow with the number of ties). The resident sends her side of the contact
/// with her card; the other answers with theirs (<see cref="MessageKind.ContactAsk"/>). A chance encounter with a
/// stranger offers a tie, which the other accepts by homophily. A remote contact of a digital user is a chat with
/// chat_share; the other, if not digital, answers by phone.
/// <para>Chance encounters happen at foci (<see cref="Encounter"/>): the street, or, away from it, the village at large
/// or one of the facilities, picked by focus weight. At a facility open in her own settlement she meets her own
/// villagers; one that her settlement lacks (or that closed) she visits in the nearest settlement that has it and
/// meets its residents there — nobody, when those are not modelled (a main village outside the working area) or when
/// no such facility is left. So a closure takes its encounters with it (MODEL.md §3.1; S000 Ch3 §1.4).</para>
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
            var k = FocusSettlement(c, b.Settlement[i], rng.NextDouble());
            if (k < 0) return;
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

    /// <summary>Where an encounter away from the street takes place, for a resident of settlement <paramref name="home"/>
    /// and a uniform draw <paramref name="u"/>: a focus is picked by weight; the village at large is home, a facility is
    /// wherever home's residents use it today (<see cref="DayData.FacilitySettlement"/>); −1 when none is left.</summary>
    public static int FocusSettlement(DayContext c, int home, double u)
    {
        var cumulative = c.FocusCumulative;
        var kinds = cumulative.Length - 1;
        var x = u * cumulative[kinds];
        if (x < cumulative[0]) return home;
        for (var f = 0; f < kinds; f++)
            if (x < cumulative[1 + f]) return c.Data.FacilitySettlement[home * kinds + f];
        return home; // every weight 0: the village at large
    }

    private static Channel ChannelFor(DayContext c, ResidentBlock b, int i, ref CounterRng rng)
    {
        var remote = rng.Chance(c.RemoteShare) || (c.Lockdown && !rng.Chance(c.LockdownFactor));
        if (!remote) return Channel.FaceToFace;
        return (b.Trait[i] & Traits.DigitalUse) != 0 && rng.Chance(c.ChatShare) ? Channel.Chat : Channel.Phone;
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
