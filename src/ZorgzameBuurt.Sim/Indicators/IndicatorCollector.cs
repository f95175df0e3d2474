using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Interventions;
using static ZorgzameBuurt.Sim.Indicators.IndicatorNames;

namespace ZorgzameBuurt.Sim.Indicators;

/// <summary>
/// Turns the parts of a world into every indicator of MODEL.md §6: the residents' tallies (summed exactly, in any
/// grouping), the professionals' counters and partnership density, and the interventions' effort. Every host
/// computes the same parts with the same code and combines them here, so the indicators are the same on any host.
/// </summary>
public static class IndicatorCollector
{
    public static IndicatorSet Collect(int day, ResidentTally residentsTally, Counters professionalCounters, double partnershipDensity,
        IReadOnlyList<(string Key, EffortTotals Effort)> interventions)
    {
        var counters = new Counters();
        residentsTally.Counters.AddTo(counters);
        professionalCounters.AddTo(counters);
        var t0 = residentsTally;
        long rights = t0.RightsOpen, roles = t0.Roles;
        var values = new List<KeyValuePair<string, double>>(160);
        void Put(string name, double value) => values.Add(new(name, value));
        var overall = Group(t0, 0);
        var residents = Math.Max(1, overall.Residents);

        Put(HiddenNeedShare, overall.Hidden / residents);
        Put(WaitingNeedShare, overall.Waiting / residents);
        Put(InServiceShare, overall.InService / residents);
        Put(WaitsExpired, counters.WaitsExpired);
        Put(QuestionsHandedOn, counters.HandedOn);
        Put(CasesReferredOnUnderLoad, counters.ReferredOnUnderLoad);
        Put(UnmetNeedDays, overall.UnmetDays);
        Put(DetectionLatencyDays, Quantile(counters.Latency, 0.5));
        Put(DetectionLatencyDaysP90, Quantile(counters.Latency, 0.9));
        Put(SignalsLost, counters.SignalsLost);
        Put(ReferralSuccessRate, counters.ReferralAttempts == 0 ? 0 : (double)counters.ReferralSuccesses / counters.ReferralAttempts);
        Put(NeedsResolved, counters.NeedsResolved);
        Put(RightsNotTakenUp, rights);

        Put(LonelyShare, overall.Lonely / residents);
        Put(MeanLoneliness, overall.Loneliness / residents);
        Put(MeanBelonging, overall.Belonging / residents);
        Put(IsolatedShare, overall.Isolated / residents);
        Put(WeakTieDensity, overall.WeakTies / residents);
        Put(LatentSupportShare, overall.Latent / residents);
        Put(InclusiveRoles, roles);
        Put(PartnershipDensity, partnershipDensity);

        double vh = 0, ph = 0, cost = 0, reached = 0, vulnerable = 0, lonely = 0;
        foreach (var (_, e) in interventions)
        {
            vh += e.VolunteerHours;
            ph += e.ProfessionalHours;
            cost += e.CostEuros;
            reached += e.PeopleReached;
            vulnerable += e.VulnerableReached;
            lonely += e.LonelyReached;
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

        for (var g = 0; g < Subgroup.Names.Count; g++)
        {
            var t = Group(t0, g + 1);
            var name = Subgroup.Names[g];
            var n = Math.Max(1, t.Residents);
            Put($"{HiddenNeedShare}.{name}", t.Hidden / n);
            Put($"{WaitingNeedShare}.{name}", t.Waiting / n);
            Put($"{UnmetNeedDaysPerResident}.{name}", t.UnmetDays / n);
            Put($"{LonelyShare}.{name}", t.Lonely / n);
            Put($"{MeanLoneliness}.{name}", t.Loneliness / n);
            Put($"{MeanBelonging}.{name}", t.Belonging / n);
            Put($"{IsolatedShare}.{name}", t.Isolated / n);
            Put($"{WeakTieDensity}.{name}", t.WeakTies / n);
            Put($"{LatentSupportShare}.{name}", t.Latent / n);
            Put($"{IndicatorNames.Residents}.{name}", t.Residents);
            var arisen = Math.Max(1, counters.ArisenBy[g]);
            Put($"{InformalHelpShare}.{name}", counters.InformalBy[g] / (double)arisen);
            Put($"{ReferralResolvedShare}.{name}", counters.ReferredBy[g] / (double)arisen);
        }

        foreach (var (k, e) in interventions)
        {
            Put($"{k}.{VolunteerHours}", e.VolunteerHours);
            Put($"{k}.{ProfessionalHours}", e.ProfessionalHours);
            Put($"{k}.{CostEuros}", e.CostEuros);
            Put($"{k}.{PeopleReached}", e.PeopleReached);
            Put($"{k}.{VulnerableReached}", e.VulnerableReached);
            Put($"{k}.{LonelyReached}", e.LonelyReached);
        }
        return new IndicatorSet(day, values);
    }

    private static Tally Group(ResidentTally t, int g) => new()
    {
        Residents = t[g, 0],
        Hidden = t[g, 1],
        Lonely = t[g, 2],
        Loneliness = t[g, 3] * ResidentTally.LonelinessUnit,
        Isolated = t[g, 4],
        WeakTies = t[g, 5],
        Latent = t[g, 6],
        UnmetDays = t[g, 7],
        Waiting = t[g, 8],
        InService = t[g, 9],
        Belonging = t[g, 10] * ResidentTally.LonelinessUnit,
    };

    private sealed class Tally
    {
        public double Residents, Hidden, Lonely, Loneliness, Isolated, WeakTies, Latent, UnmetDays, Waiting, InService, Belonging;
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
}
