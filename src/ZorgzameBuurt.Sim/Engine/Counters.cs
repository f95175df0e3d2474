namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// Event counts kept by one partition (or phase) and summed in a fixed order when indicators are read,
/// so totals are identical on any thread count.
/// </summary>
public sealed class Counters
{
    public const int MaxLatency = 3650;

    public long NeedsArisen;
    public long Detections;
    public long SignalsLost;
    public long ReferralAttempts;
    public long ReferralSuccesses;
    public long NeedsResolved;
    public long NeedsResolvedInformally;
    public long NeedsSelfResolved;
    public long VolunteerDropouts;
    public long Contacts;
    public long TiesFormed;
    public long TiesDropped;

    /// <summary>Signals first-line professionals passed to the hub (referral cards at work).</summary>
    public long FirstLineSignals;

    /// <summary>Detections made in contacts an intervention organised.</summary>
    public long OrganisedDetections;

    /// <summary>Waits on a service's list that ran out before the service took the case up.</summary>
    public long WaitsExpired;

    /// <summary>Questions the hub handed straight on to a service (warm hand-on, no case work).</summary>
    public long HandedOn;

    /// <summary>Cases the hub referred on unworked because they had waited too long at her desk (overload).</summary>
    public long ReferredOnUnderLoad;

    /// <summary>Needs that arose, were helped informally, and were resolved by referral, per subgroup (Indicators.Subgroup order).</summary>
    public readonly long[] ArisenBy = new long[SubgroupCount];
    public readonly long[] InformalBy = new long[SubgroupCount];
    public readonly long[] ReferredBy = new long[SubgroupCount];

    private const int SubgroupCount = 8;

    /// <summary>Detection latencies in days (histogram, last bin is "3650 or more"); grows to the longest latency seen,
    /// so a block of one resident does not carry ten years of empty bins.</summary>
    public int[] Latency { get; private set; } = [];

    public void RecordLatency(int days, int count = 1)
    {
        var d = Math.Clamp(days, 0, MaxLatency);
        if (d >= Latency.Length) Grow(d);
        Latency[d] += count;
    }

    private void Grow(int day)
    {
        var latency = Latency;
        Array.Resize(ref latency, Math.Min(MaxLatency + 1, Math.Max(day + 1, latency.Length * 2)));
        Latency = latency;
    }

    public void AddTo(Counters total)
    {
        total.NeedsArisen += NeedsArisen;
        total.Detections += Detections;
        total.SignalsLost += SignalsLost;
        total.ReferralAttempts += ReferralAttempts;
        total.ReferralSuccesses += ReferralSuccesses;
        total.NeedsResolved += NeedsResolved;
        total.NeedsResolvedInformally += NeedsResolvedInformally;
        total.NeedsSelfResolved += NeedsSelfResolved;
        total.VolunteerDropouts += VolunteerDropouts;
        total.Contacts += Contacts;
        total.TiesFormed += TiesFormed;
        total.TiesDropped += TiesDropped;
        total.FirstLineSignals += FirstLineSignals;
        total.OrganisedDetections += OrganisedDetections;
        total.WaitsExpired += WaitsExpired;
        total.HandedOn += HandedOn;
        total.ReferredOnUnderLoad += ReferredOnUnderLoad;
        for (var g = 0; g < SubgroupCount; g++)
        {
            total.ArisenBy[g] += ArisenBy[g];
            total.InformalBy[g] += InformalBy[g];
            total.ReferredBy[g] += ReferredBy[g];
        }
        if (Latency.Length > total.Latency.Length) total.Grow(Latency.Length - 1);
        for (var i = 0; i < Latency.Length; i++) total.Latency[i] += Latency[i];
    }
}
