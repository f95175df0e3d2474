namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>One step of an override path: a key (<c>contact</c>, <c>mixes.my_mix</c>), an index <c>[2]</c> or every item <c>[*]</c>.</summary>
internal readonly record struct PathToken(string? Key, int Index, bool IsWildcard)
{
    public static PathToken Named(string key) => new(key, -1, false);

    public static PathToken At(int index) => new(null, index, false);

    public static PathToken All => new(null, -1, true);

    /// <summary>Parses <c>a.b[0].c</c>, <c>a[*].b</c>, <c>mixes[name]</c>; null with an error for a malformed path.</summary>
    public static IReadOnlyList<PathToken>? Parse(string path, out string? error)
    {
        error = null;
        var tokens = new List<PathToken>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    error = $"missing ']' in '{path}'";
                    return null;
                }

                var inside = path[(i + 1)..close].Trim();
                tokens.Add(inside == "*" ? All : int.TryParse(inside, out var index) && index >= 0 ? At(index) : Named(inside));
                i = close + 1;
                if (i < path.Length && path[i] == '.')
                {
                    i++;
                }

                continue;
            }

            var end = i;
            while (end < path.Length && path[end] is not ('.' or '['))
            {
                end++;
            }

            var key = path[i..end].Trim();
            if (key.Length == 0)
            {
                error = $"empty name in '{path}'";
                return null;
            }

            tokens.Add(Named(key));
            i = end < path.Length && path[end] == '.' ? end + 1 : end;
            if (end < path.Length && path[end] == '.' && i == path.Length)
            {
                error = $"'{path}' ends with '.'";
                return null;
            }
        }

        if (tokens.Count == 0)
        {
            error = "empty path";
            return null;
        }

        return tokens;
    }
}
