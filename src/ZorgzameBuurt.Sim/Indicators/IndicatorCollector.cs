using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using static ZorgzameBuurt.Sim.Indicators.IndicatorNames;

namespace ZorgzameBuurt.Sim.Indicators;

/// <summary>
/// Reads every indicator of MODEL.md §6 off the world: counts summed over partitions in a fixed order, one
/// pass over residents (and their ties) for shares and subgroups. Runs between ticks, never inside one.
/// </summary>
internal static class IndicatorCollector
{
    private const float LatentSupport = 0.4f;

    private sealed class Tally
    {
        public double Residents, Hidden, Lonely, Loneliness, Isolated, WeakTies, Latent, UnmetDays;
    }

    public static IndicatorSet Collect(World w)
    {
        var counters = new Counters();
        foreach (var p in w.Partitions) p.Counters.AddTo(counters);
        w.HubCounters.AddTo(counters);

        var overall = new Tally();
        var groups = Subgroup.Names.Select(_ => new Tally()).ToArray();
        var r = w.Residents;
        var threshold = w.Parameters.Loneliness.Threshold;
        var min = w.Parameters.Ties.DropBelow;
        long rights = 0, roles = 0;
        Span<int> member = stackalloc int[8];
        foreach (var p in w.Partitions)
            for (var id = p.Lo; id < p.Hi; id++)
            {
                var open = r.NeedState[id] != NeedState.None;
                var hidden = r.NeedState[id] == NeedState.Hidden;
                if (open && r.NeedKind[id] == NeedKind.Rights) rights++;
                if (r.Role[id].IsInclusive()) roles++;
                var live = 0;
                var weak = 0;
                var latent = false;
                foreach (var e in p.Ties.Of(id - p.Lo))
                {
                    if (e.Kind == TieKind.Professional) continue;
                    var s = w.Decay.Strength(e, w.Day);
                    if (s < min) continue;
                    live++;
                    if (e.Kind is TieKind.Neighbour or TieKind.Friend or TieKind.Volunteer) weak++;
                    if (e.Kind != TieKind.Household && s >= LatentSupport && r.Street[e.Other] == r.Street[id]) latent = true;
                }
                var t = (Residents: 1.0, Hidden: hidden ? 1.0 : 0, Lonely: r.Loneliness[id] >= threshold ? 1.0 : 0,
                    Loneliness: (double)r.Loneliness[id], Isolated: live == 0 ? 1.0 : 0, Weak: (double)weak, Latent: latent ? 1.0 : 0,
                    Unmet: (double)r.UnmetDays[id] + (open ? w.Day - r.NeedOnset[id] : 0));
                Add(overall, t);
                var n = Subgroup.Of(r, id, member);
                for (var g = 0; g < n; g++) Add(groups[member[g]], t);
            }

        var values = new List<KeyValuePair<string, double>>(160);
        void Put(string name, double value) => values.Add(new(name, value));
        var residents = Math.Max(1, overall.Residents);

        Put(HiddenNeedShare, overall.Hidden / residents);
        Put(UnmetNeedDays, overall.UnmetDays);
        Put(DetectionLatencyDays, Quantile(counters.Latency, 0.5));
        Put(DetectionLatencyDaysP90, Quantile(counters.Latency, 0.9));
        Put(SignalsLost, counters.SignalsLost);
        Put(ReferralSuccessRate, counters.ReferralAttempts == 0 ? 0 : (double)counters.ReferralSuccesses / counters.ReferralAttempts);
        Put(NeedsResolved, counters.NeedsResolved);
        Put(RightsNotTakenUp, rights);

        Put(LonelyShare, overall.Lonely / residents);
        Put(MeanLoneliness, overall.Loneliness / residents);
        Put(IsolatedShare, overall.Isolated / residents);
        Put(WeakTieDensity, overall.WeakTies / residents);
        Put(LatentSupportShare, overall.Latent / residents);
        Put(InclusiveRoles, roles);
        Put(PartnershipDensity, PartnershipMean(w));

        double vh = 0, ph = 0, cost = 0, reached = 0, vulnerable = 0, lonely = 0;
        foreach (var (_, c) in w.Interventions)
        {
            vh += c.Effort.VolunteerHours;
            ph += c.Effort.ProfessionalHours;
            cost += c.Effort.CostEuros;
            reached += c.Effort.PeopleReached;
            vulnerable += c.Effort.VulnerableReached;
            lonely += c.Effort.LonelyReached;
        }
        Put(VolunteerHours, vh);
        Put(ProfessionalHours, ph);
        Put(CostEuros, cost);
        Put(VolunteerDropouts, counters.VolunteerDropouts);
        Put(PeopleReached, reached);
        Put(VulnerableReached, vulnerable);
        Put(LonelyReached, lonely);

        Put(NeedsArisen, counters.NeedsArisen);
        Put(Detections, counters.Detections);
        Put(NeedsResolvedInformally, counters.NeedsResolvedInformally);
        Put(NeedsSelfResolved, counters.NeedsSelfResolved);
        Put(ReferralAttempts, counters.ReferralAttempts);
        Put(UnmetNeedDaysPerResident, overall.UnmetDays / residents);
        Put(IndicatorNames.Residents, overall.Residents);
        Put(TiesFormed, counters.TiesFormed);
        Put(TiesDropped, counters.TiesDropped);
        Put(Contacts, counters.Contacts);
        Put(FirstLineSignals, counters.FirstLineSignals);
        Put(OrganisedDetections, counters.OrganisedDetections);
        Put(NeedsResolvedByReferral, counters.NeedsResolved - counters.NeedsResolvedInformally);

        for (var g = 0; g < groups.Length; g++)
        {
            var t = groups[g];
            var name = Subgroup.Names[g];
            var n = Math.Max(1, t.Residents);
            Put($"{HiddenNeedShare}.{name}", t.Hidden / n);
            Put($"{UnmetNeedDaysPerResident}.{name}", t.UnmetDays / n);
            Put($"{LonelyShare}.{name}", t.Lonely / n);
            Put($"{MeanLoneliness}.{name}", t.Loneliness / n);
            Put($"{IsolatedShare}.{name}", t.Isolated / n);
            Put($"{WeakTieDensity}.{name}", t.WeakTies / n);
            Put($"{LatentSupportShare}.{name}", t.Latent / n);
            Put($"{IndicatorNames.Residents}.{name}", t.Residents);
            var arisen = Math.Max(1, counters.ArisenBy[g]);
            Put($"{InformalHelpShare}.{name}", counters.InformalBy[g] / (double)arisen);
            Put($"{ReferralResolvedShare}.{name}", counters.ReferredBy[g] / (double)arisen);
        }

        foreach (var (intervention, c) in w.Interventions)
        {
            var k = intervention.Key;
            Put($"{k}.{VolunteerHours}", c.Effort.VolunteerHours);
            Put($"{k}.{ProfessionalHours}", c.Effort.ProfessionalHours);
            Put($"{k}.{CostEuros}", c.Effort.CostEuros);
            Put($"{k}.{PeopleReached}", c.Effort.PeopleReached);
            Put($"{k}.{VulnerableReached}", c.Effort.VulnerableReached);
            Put($"{k}.{LonelyReached}", c.Effort.LonelyReached);
        }
        return new IndicatorSet(w.Day, values);
    }

    private static void Add(Tally t, (double Residents, double Hidden, double Lonely, double Loneliness, double Isolated, double Weak, double Latent, double Unmet) x)
    {
        t.Residents += x.Residents;
        t.Hidden += x.Hidden;
        t.Lonely += x.Lonely;
        t.Loneliness += x.Loneliness;
        t.Isolated += x.Isolated;
        t.WeakTies += x.Weak;
        t.Latent += x.Latent;
        t.UnmetDays += x.Unmet;
    }

    /// <summary>A quantile of a day histogram; NaN when nothing was detected yet.</summary>
    public static double Quantile(int[] histogram, double q)
    {
        long total = 0;
        foreach (var c in histogram) total += c;
        if (total == 0) return double.NaN;
        var rank = (long)Math.Ceiling(q * total);
        long seen = 0;
        for (var d = 0; d < histogram.Length; d++)
        {
            seen += histogram[d];
            if (seen >= Math.Max(1, rank)) return d;
        }
        return histogram.Length - 1;
    }

    /// <summary>Mean partnership strength over all pairs of professionals (a weighted density).</summary>
    private static double PartnershipMean(World w)
    {
        var pro = w.Professionals;
        if (pro.Count < 2) return 0;
        double sum = 0;
        for (var i = 0; i < pro.Count; i++)
            foreach (var e in pro.Partnerships.Of(i))
                if (e.Other - pro.FirstId > i) sum += w.Decay.Strength(e, w.Day);
        return sum / (pro.Count * (pro.Count - 1) / 2.0);
    }
}
