namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>The closest valid key to a misspelt one (optimal-string-alignment edit distance; '-' and '_' and case ignored).</summary>
internal static class DidYouMean
{
    public static string? Find(string given, IEnumerable<string> candidates)
    {
        var g = Squash(given);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var s = Squash(c);
            if (s == g) return c;
            var d = Distance(g, s);
            if (s.StartsWith(g, StringComparison.Ordinal) || g.StartsWith(s, StringComparison.Ordinal)) d = Math.Min(d, 1);
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.Max(2, g.Length / 3) ? best : null;
    }

    private static string Squash(string s) => s.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim().ToLowerInvariant();

    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
