using ZorgzameBuurt.Sim.Engine;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// MODEL.md §3.1: a resident makes Poisson(rate) contacts a day; the rate scales with sociability and falls with limited mobility and with
/// loneliness (withdrawal). A contact is a chance encounter in the street or village, or goes over an existing
/// tie picked with probability proportional to its strength^γ (rejection sampling: pick uniformly, accept with
/// probability w^γ, so the cost does not grow with the number of ties). Each contact sends a message to both sides.
/// </summary>
internal static class EverydayContact
{
    private const int Tries = 16;

    public static void Run(DayContext c, Partition p, int id, CounterRng rng)
    {
        var n = rng.Poisson(Rate(c, id));
        for (var k = 0; k < n; k++)
        {
            if (rng.Chance(c.ChanceShare) || !TieContact(c, p, id, ref rng))
                Encounter(c, p, id, ref rng);
        }
    }

    /// <summary>Expected contacts a day: per-day rate × sociability × (1 − withdrawal·L), halved with limited mobility.</summary>
    public static double Rate(DayContext c, int id)
    {
        var rate = c.PerDay * c.Sociability[id] * (1 - c.Withdrawal * c.Loneliness[id]);
        return (c.Trait[id] & Traits.LimitedMobility) != 0 ? rate * c.LimitedMobilityFactor : rate;
    }

    public static double Rate(World w, int id) => Rate(w.FreshContext(), id);

    private static bool TieContact(DayContext c, Partition p, int id, ref CounterRng rng)
    {
        var local = id - p.Lo;
        var ties = p.Ties;
        var edges = ties.Of(local);
        for (var t = 0; t < Tries; t++)
        {
            if (edges.Length == 0) return false;
            var i = rng.NextInt(edges.Length);
            var e = edges[i];
            if (e.Kind == TieKind.Professional) continue;
            var s = c.Decay.Strength(e, c.Day);
            if (s < c.DropBelow)
            {
                TieDynamics.Drop(c.World, p, id, i, s);
                edges = ties.Of(local);
                continue;
            }
            if (rng.NextDouble() >= Weight(c, s)) continue;
            Send(c, p, id, e.Other, ChannelFor(c, id, e.Other, ref rng), null, false, ref rng);
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

    private static void Encounter(DayContext c, Partition p, int id, ref CounterRng rng)
    {
        if (c.Lockdown && !rng.Chance(c.LockdownFactor)) return;
        int lo, hi;
        if (rng.Chance(c.OutsideStreetShare))
        {
            var k = c.Settlement[id];
            lo = c.StreetStart[c.SettlementStreets[k]];
            hi = c.StreetStart[c.SettlementStreets[k + 1]];
        }
        else
        {
            var s = c.Street[id];
            lo = c.StreetStart[s];
            hi = c.StreetStart[s + 1];
        }
        if (hi - lo < 2) return;
        var other = lo + rng.NextInt(hi - lo);
        if (other == id) return;
        if (p.Ties.Find(id - p.Lo, other) >= 0)
        {
            Send(c, p, id, other, Channel.FaceToFace, null, true, ref rng);
            return;
        }
        var similar = c.Age[id] == c.Age[other] && (c.Trait[id] & Traits.ForeignOrigin) == (c.Trait[other] & Traits.ForeignOrigin);
        TieKind? form = rng.Chance(similar ? c.FormationSimilar : c.FormationDissimilar) ? TieKind.Neighbour : null;
        Send(c, p, id, other, Channel.FaceToFace, form, true, ref rng);
    }

    private static Channel ChannelFor(DayContext c, int id, int other, ref CounterRng rng)
    {
        var remote = rng.Chance(c.RemoteShare) || (c.Lockdown && !rng.Chance(c.LockdownFactor));
        if (!remote) return Channel.FaceToFace;
        var digital = (c.Trait[id] & Traits.DigitalUse) != 0 && (c.Trait[other] & Traits.DigitalUse) != 0;
        return digital && rng.Chance(0.5) ? Channel.Chat : Channel.Phone;
    }

    /// <summary>Both sides of a contact: each receives the other's public card.</summary>
    public static void Send(DayContext c, Partition p, int a, int b, Channel channel, TieKind? form, bool encounter, ref CounterRng rng)
    {
        var key = rng.NextUInt64();
        p.Outbox.Add(Message.Contact(b, a, key, channel, c.CardSkillOf(a), c.CardOf(a), c.RouteChanceOf(a), form, encounter));
        p.Outbox.Add(Message.Contact(a, b, CounterRng.Mix(key), channel, c.CardSkillOf(b), c.CardOf(b), c.RouteChanceOf(b), form, encounter));
        p.Counters.Contacts++;
    }
}
