namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Settlements and streets as id ranges (residents are numbered street by street).</summary>
internal static class Places
{
    /// <summary>The index of a named settlement; <paramref name="fallback"/> for an empty name; throws for an unknown one.</summary>
    public static int Settlement(Town w, string name, int fallback)
    {
        if (string.IsNullOrWhiteSpace(name)) return fallback;
        var i = w.Space.IndexOf(name);
        if (i < 0)
            throw new InvalidOperationException(
                $"Unknown settlement '{name}' in an intervention; the scenario has: {string.Join(", ", w.Space.Names)}.");
        return i;
    }

    /// <summary>The first settlement with the facility, else the first settlement.</summary>
    public static int WithFacility(Town w, string facility)
    {
        for (var k = 0; k < w.Space.Count; k++)
            if (w.Space.HasFacility(k, facility)) return k;
        return 0;
    }

    /// <summary>The first settlement without the facility (a sub-village), else the first settlement.</summary>
    public static int WithoutFacility(Town w, string facility)
    {
        for (var k = 0; k < w.Space.Count; k++)
            if (!w.Space.HasFacility(k, facility)) return k;
        return 0;
    }

    /// <summary>Resident ids [lo, hi) of a settlement.</summary>
    public static (int Lo, int Hi) Range(Town w, int settlement) =>
        (w.StreetStart[w.SettlementStreets[settlement]], w.StreetStart[w.SettlementStreets[settlement + 1]]);

    /// <summary>Resident ids [lo, hi) of a street.</summary>
    public static (int Lo, int Hi) Street(Town w, int street) => (w.StreetStart[street], w.StreetStart[street + 1]);

    public static int Streets(Town w) => w.StreetStart.Length - 1;
}
