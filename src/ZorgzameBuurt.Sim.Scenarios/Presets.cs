using System.Reflection;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>The scenarios shipped in scenarios/*.yaml, embedded in this assembly as <c>Presets.&lt;file&gt;</c>.</summary>
public static class Presets
{
    private const string Prefix = "Presets.";
    private const string Suffix = ".yaml";
    private static readonly Assembly Assembly = typeof(Presets).Assembly;

    /// <summary>The preset run when none is named.</summary>
    public const string Default = "rural-deeldorp";

    /// <summary>Preset names (file names without .yaml), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^Suffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Loads a preset; an unknown name gives a single problem.</summary>
    public static ScenarioLoadResult Load(string name)
    {
        var text = Text(name);
        return text is null
            ? ScenarioLoadResult.Failure(new ScenarioProblem(name, 0, 0, "", $"no preset '{name}'; presets: {string.Join(", ", Names)}"))
            : ScenarioLoader.LoadText(text, name + Suffix);
    }

    /// <summary>The YAML text of a preset (comments included), or null when there is no such preset.</summary>
    public static string? Text(string name)
    {
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + name + Suffix)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
