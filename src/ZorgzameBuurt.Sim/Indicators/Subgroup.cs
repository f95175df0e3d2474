using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Indicators;

/// <summary>The equity subgroups of MODEL.md §6: age band, living alone, language barrier, vulnerable or not.</summary>
public static class Subgroup
{
    public static readonly IReadOnlyList<string> Names =
        ["age_0_17", "age_18_64", "age_65_74", "age_75_plus", "living_alone", "language_barrier", "vulnerable", "not_vulnerable"];

    /// <summary>Writes the indices (into <see cref="Names"/>) of the groups a resident belongs to; returns how many.</summary>
    public static int Of(Residents r, int id, Span<int> into) => Of(r.Age[id], r.Trait[id], into);

    /// <summary>The same from a resident's age band and traits.</summary>
    public static int Of(AgeBand age, Traits traits, Span<int> into)
    {
        var n = 0;
        into[n++] = (int)age;
        if ((traits & Traits.LivingAlone) != 0) into[n++] = 4;
        if ((traits & Traits.LanguageBarrier) != 0) into[n++] = 5;
        into[n++] = (traits & Traits.Vulnerable) != 0 ? 6 : 7;
        return n;
    }
}
