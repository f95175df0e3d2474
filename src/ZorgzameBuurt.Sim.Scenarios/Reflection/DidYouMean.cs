namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>Suggests the closest valid name for a misspelt one (optimal-string-alignment edit distance).</summary>
internal static class DidYouMean
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Find(string given, IEnumerable<string> candidates)
    {
        var squashed = Squash(given);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Squash(candidate) == squashed)
            {
                return candidate;
            }

            var d = Distance(given.ToLowerInvariant(), candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        var limit = Math.Max(2, given.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>" did you mean 'x'?" or "; expected one of: a, b" (for messages).</summary>
    public static string Hint(string given, IReadOnlyCollection<string> candidates)
    {
        var match = Find(given, candidates);
        if (match is not null)
        {
            return $", did you mean '{match}'?";
        }

        return candidates.Count == 0 ? "; nothing is valid here" : $"; expected one of: {string.Join(", ", candidates)}";
    }

    private static string Squash(string s) => s.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
