using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>The youngest age band a target group includes.</summary>
public enum MinimumAge : byte { Any, Adult, Over65, Over75 }

/// <summary>
/// Whom an intervention invites, calls or visits: an age floor, optionally only those living alone and/or only
/// the vulnerable, optionally one settlement. Matches on static traits only, so target lists are built once.
/// </summary>
public sealed class TargetGroup
{
    public TargetGroup()
    {
    }

    public TargetGroup(MinimumAge minAge, bool livingAloneOnly = false)
    {
        MinAge = minAge;
        LivingAloneOnly = livingAloneOnly;
    }

    /// <summary>any, adult (18+), over65, over75.</summary>
    public MinimumAge MinAge { get; set; } = MinimumAge.Over65;

    /// <summary>Only residents living alone.</summary>
    public bool LivingAloneOnly { get; set; }

    /// <summary>Only vulnerable residents (two or more of: 75+, living alone, limited mobility, low income, language barrier, chronic condition).</summary>
    public bool VulnerableOnly { get; set; }

    /// <summary>Only residents of this settlement; empty: every settlement.</summary>
    public string Settlement { get; set; } = "";

    public bool Matches(Town w, int id, int settlement)
    {
        var r = w.Residents;
        if (settlement >= 0 && r.Settlement[id] != settlement) return false;
        if (LivingAloneOnly && !r.Has(id, Traits.LivingAlone)) return false;
        if (VulnerableOnly && !r.Has(id, Traits.Vulnerable)) return false;
        return MeetsAge(r.Age[id], MinAge);
    }

    public static bool MeetsAge(AgeBand age, MinimumAge min) => min switch
    {
        MinimumAge.Adult => age >= AgeBand.Age18To64,
        MinimumAge.Over65 => age >= AgeBand.Age65To74,
        MinimumAge.Over75 => age == AgeBand.Age75Plus,
        _ => true,
    };

    /// <summary>Every matching resident, in id order (street by street, settlement by settlement).</summary>
    public int[] Select(Town w)
    {
        var settlement = Places.Settlement(w, Settlement, -1);
        var list = new List<int>();
        var r = w.Residents;
        int lo = 0, hi = r.Count;
        if (settlement >= 0) (lo, hi) = Places.Range(w, settlement);
        for (var id = lo; id < hi; id++)
            if (Matches(w, id, settlement)) list.Add(id);
        return list.ToArray();
    }
}
