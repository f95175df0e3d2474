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

    public static void Run(World w, Partition p, int id, CounterRng rng)
    {
        var c = w.Parameters.Contact;
        var n = rng.Poisson(Rate(w, id));
        for (var k = 0; k < n; k++)
        {
            if (rng.Chance(c.ChanceShare) || !TieContact(w, p, id, ref rng))
                Encounter(w, p, id, ref rng);
        }
    }

    /// <summary>Expected contacts a day: per-day rate × sociability × (1 − withdrawal·L), halved with limited mobility.</summary>
    public static double Rate(World w, int id)
    {
        var c = w.Parameters.Contact;
        var r = w.Residents;
        var rate = c.PerDay * r.Sociability[id] * (1 - c.Withdrawal * r.Loneliness[id]);
        return r.Has(id, Traits.LimitedMobility) ? rate * c.LimitedMobilityFactor : rate;
    }

    private static bool TieContact(World w, Partition p, int id, ref CounterRng rng)
    {
        var local = id - p.Lo;
        for (var t = 0; t < Tries; t++)
        {
            var count = p.Ties.Count(local);
            if (count == 0) return false;
            var i = rng.NextInt(count);
            var e = p.Ties.At(local, i);
            if (e.Kind == TieKind.Professional) continue;
            var s = w.Decay.Strength(e, w.Day);
            if (s < w.Parameters.Ties.DropBelow)
            {
                TieDynamics.Drop(w, p, id, i, s);
                continue;
            }
            if (rng.NextDouble() >= Weight(s, w.Parameters.Contact.SelectionExponent)) continue;
            Send(w, p, id, e.Other, ChannelFor(w, id, e.Other, ref rng), null, false, ref rng);
            return true;
        }
        return false;
    }

    private static double Weight(float s, double exponent) => exponent switch
    {
        1 => s,
        2 => s * s,
        _ => Math.Pow(s, exponent),
    };

    private static void Encounter(World w, Partition p, int id, ref CounterRng rng)
    {
        var c = w.Parameters.Contact;
        var r = w.Residents;
        if (w.IsLockdown && !rng.Chance(w.LockdownContactFactor)) return;
        int lo, hi;
        if (rng.Chance(c.OutsideStreetShare))
        {
            var k = r.Settlement[id];
            lo = w.StreetStart[w.SettlementStreets[k]];
            hi = w.StreetStart[w.SettlementStreets[k + 1]];
        }
        else
        {
            lo = w.StreetStart[r.Street[id]];
            hi = w.StreetStart[r.Street[id] + 1];
        }
        if (hi - lo < 2) return;
        var other = lo + rng.NextInt(hi - lo);
        if (other == id) return;
        var local = id - p.Lo;
        if (p.Ties.Find(local, other) >= 0)
        {
            Send(w, p, id, other, Channel.FaceToFace, null, true, ref rng);
            return;
        }
        var t = w.Parameters.Ties;
        var similar = r.Age[id] == r.Age[other] && r.Has(id, Traits.ForeignOrigin) == r.Has(other, Traits.ForeignOrigin);
        TieKind? form = rng.Chance(similar ? t.FormationSimilar : t.FormationDissimilar) ? TieKind.Neighbour : null;
        Send(w, p, id, other, Channel.FaceToFace, form, true, ref rng);
    }

    private static Channel ChannelFor(World w, int id, int other, ref CounterRng rng)
    {
        var r = w.Residents;
        var remote = rng.Chance(w.Parameters.Contact.RemoteShare) || (w.IsLockdown && !rng.Chance(w.LockdownContactFactor));
        if (!remote) return Channel.FaceToFace;
        var digital = r.Has(id, Traits.DigitalUse) && r.Has(other, Traits.DigitalUse);
        return digital && rng.Chance(0.5) ? Channel.Chat : Channel.Phone;
    }

    /// <summary>Both sides of a contact: each receives the other's public card.</summary>
    public static void Send(World w, Partition p, int a, int b, Channel channel, TieKind? form, bool encounter, ref CounterRng rng)
    {
        var key = rng.NextUInt64();
        p.Outbox.Add(Message.Contact(b, a, key, channel, w.CardSkill(a), w.CardOf(a), w.RouteChance(a), form, encounter));
        p.Outbox.Add(Message.Contact(a, b, CounterRng.Mix(key), channel, w.CardSkill(b), w.CardOf(b), w.RouteChance(b), form, encounter));
        p.Counters.Contacts++;
    }
}
