using YamlDotNet.RepresentationModel;
using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Scenarios.Validation;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>
/// Reads scenario YAML onto a <see cref="ScenarioSpec"/>: keys are the snake_case property names, enums snake_case
/// strings, and a key not written keeps its C# default. Every problem (syntax, unknown key, wrong type, out of
/// range, semantic rule) is reported with its position; a spec is returned only when there is none.
/// </summary>
public static class ScenarioLoader
{
    private static readonly Shape RootShape = Shape.Of(typeof(ScenarioSpec), null, nameof(ScenarioSpec));

    /// <summary>Loads a scenario file.</summary>
    public static ScenarioLoadResult LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot read the file: {e.Message}";
            return ScenarioLoadResult.Failure(new ScenarioProblem(path, 0, 0, "", reason));
        }

        return LoadText(text, path);
    }

    /// <summary>Loads scenario YAML; <paramref name="fileName"/> names the source in problems.</summary>
    public static ScenarioLoadResult LoadText(string yaml, string fileName)
    {
        var documents = YamlText.Parse(yaml, out var syntaxError);
        if (documents is null)
        {
            var e = syntaxError!.Value;
            return ScenarioLoadResult.Failure(new ScenarioProblem(fileName, e.Line, e.Column, e.Field, e.Message));
        }

        if (documents.Count > 1)
        {
            var start = documents[1].RootNode.Start;
            return ScenarioLoadResult.Failure(new ScenarioProblem(fileName, (int)start.Line, (int)start.Column, "", "a scenario file holds one YAML document; remove the second '---'"));
        }

        var spec = new ScenarioSpec();
        var map = new SourceMap(fileName);
        var mapper = new NodeMapper(map);
        if (documents.Count == 1)
        {
            var root = documents[0].RootNode;
            map.Record("", (int)root.Start.Line, (int)root.Start.Column);
            mapper.TryMap(root, RootShape, null, spec, "", out _);
        }

        var problems = mapper.Problems
            .Select(p => new ScenarioProblem(fileName, p.Line, p.Column, p.Field, p.Message))
            .ToList();
        var mappedFields = mapper.Problems.Select(p => p.Field).ToList();
        problems.AddRange(ScenarioValidator.Check(spec)
            .Where(issue => !issue.IsAffectedBy(mappedFields))
            .Select(issue => map.Problem(issue.Field, issue.Message)));
        return new ScenarioLoadResult(spec, Ordered(problems));
    }

    /// <summary>
    /// Loads <paramref name="nameOrPath"/> as a file when one exists, otherwise as a preset name
    /// (with or without <c>.yaml</c>); otherwise a single problem naming the presets.
    /// </summary>
    public static ScenarioLoadResult Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return LoadFile(nameOrPath);
        }

        var name = nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? nameOrPath[..^5] : nameOrPath;
        if (Presets.Names.Contains(name, StringComparer.Ordinal))
        {
            return Presets.Load(name);
        }

        var looksLikePath = nameOrPath.Contains('/', StringComparison.Ordinal) || nameOrPath.Contains('\\', StringComparison.Ordinal)
            || nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        var message = looksLikePath
            ? $"file not found, and no preset is called '{name}'{PresetHint(name)}"
            : $"no such file and no preset '{name}'{PresetHint(name)}";
        return ScenarioLoadResult.Failure(new ScenarioProblem(nameOrPath, 0, 0, "", message));
    }

    private static string PresetHint(string name)
    {
        var match = DidYouMean.Find(name, Presets.Names);
        return match is not null
            ? $", did you mean '{match}'?"
            : $"; presets: {string.Join(", ", Presets.Names)}";
    }

    private static List<ScenarioProblem> Ordered(List<ScenarioProblem> problems) =>
        problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Field, StringComparer.Ordinal).ToList();

    internal static Shape SpecShape => RootShape;
}
