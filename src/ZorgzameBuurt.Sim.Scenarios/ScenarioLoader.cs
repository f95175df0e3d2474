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

    /// <summary>Largest scenario file read (a real one is a few kilobytes).</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>Loads a scenario file.</summary>
    public static ScenarioLoadResult LoadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return ScenarioLoadResult.Failure(new ScenarioProblem(path, 0, 0, "", "is a directory, not a scenario file; give a .yaml file inside it or a preset name"));
        }

        string text;
        try
        {
            // Read at most one byte more than allowed: a device such as /dev/zero reports length 0 and never ends.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[MaxFileBytes + 1];
            var read = 0;
            for (int n; read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0;) read += n;
            if (read > MaxFileBytes)
            {
                return ScenarioLoadResult.Failure(new ScenarioProblem(path, 0, 0, "", $"is larger than {MaxFileBytes:N0} bytes, the most a scenario file may hold (is this the right file?)"));
            }

            using var reader = new StreamReader(new MemoryStream(buffer, 0, read), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
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

        if (documents.Count == 0 || documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return ScenarioLoadResult.Failure(new ScenarioProblem(fileName, 1, 1, "", "the scenario is empty; write at least 'name:' and what differs from the defaults (see docs/scenarios.md, or start from a preset: zbsim validate rural-deeldorp)"));
        }

        var spec = new ScenarioSpec();
        var map = new SourceMap(fileName);
        var mapper = new NodeMapper(map);
        var root = documents[0].RootNode;
        map.Record("", (int)root.Start.Line, (int)root.Start.Column);
        mapper.TryMap(root, RootShape, null, spec, "", out _);

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
        if (File.Exists(nameOrPath) || Directory.Exists(nameOrPath))
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

    /// <summary>
    /// Checks a spec changed in code (e.g. resized) exactly as a file is checked, by writing it out and reading it
    /// back; the problems name <paramref name="source"/>.
    /// </summary>
    public static IReadOnlyList<ScenarioProblem> Recheck(ScenarioSpec spec, string source) =>
        LoadText(ScenarioWriter.ToYaml(spec), source).Problems;

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
