namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>Builds and compares dotted snake_case field paths such as <c>space.settlements[1].name</c>.</summary>
internal static class FieldPath
{
    public static string Child(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The path one level up ("" at the root).</summary>
    public static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }

    /// <summary>True when one path is the other or lies inside it.</summary>
    public static bool Related(string a, string b) => Contains(a, b) || Contains(b, a);

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool Contains(string outer, string inner) =>
        outer.Length == 0
        || inner == outer
        || (inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[');
}
