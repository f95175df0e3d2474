using YamlDotNet.RepresentationModel;
using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>
/// <c>--set path=value</c> overrides (<c>parameters.contact.per_day=4</c>, <c>space.settlements[0].streets=12</c>,
/// <c>professionals[*].fte=0.5</c>, <c>space.barrier={name: ring, extra_km: 1}</c>) and numeric sets for sweeps.
/// </summary>
public static class ScenarioOverrides
{
    /// <summary>The file name problems from --set carry; the column is the 1-based index of the assignment.</summary>
    public const string Source = "--set";

    /// <summary>
    /// Applies every assignment, validated exactly like a file (types, [Parameter] ranges, semantic rules).
    /// Returns the problems; when there is any, <paramref name="spec"/> is left unchanged.
    /// </summary>
    public static IReadOnlyList<ScenarioProblem> Apply(ScenarioSpec spec, IEnumerable<string> assignments)
    {
        var copy = SpecCloner.Clone(spec);
        var problems = new List<ScenarioProblem>();
        var applied = new List<(string Path, int Index)>();
        var failedFields = new List<string>();
        var index = 0;
        foreach (var assignment in assignments)
        {
            index++;
            var before = problems.Count;
            var path = ApplyOne(copy, assignment, index, problems);
            if (path is not null)
            {
                applied.Add((path, index));
            }

            failedFields.AddRange(problems.Skip(before).Select(p => p.Field));
        }

        var locator = new AssignmentLocator(applied);
        problems.AddRange(ScenarioValidator.Check(copy)
            .Where(issue => !issue.IsAffectedBy(failedFields))
            .Select(issue => locator.Problem(issue.Field, issue.Message, issue.DependsOn)));
        if (problems.Count == 0)
        {
            foreach (var property in SpecType.Of(typeof(ScenarioSpec)).Properties)
            {
                property.Set(spec, property.Get(copy));
            }
        }

        return problems;
    }

    /// <summary>
    /// Sets a numeric parameter for a sweep: <paramref name="path"/> as for --set, <c>[*]</c> for every list item.
    /// Integer parameters take the nearest whole number. False, and nothing changed, when the path is unknown or
    /// not numeric, or the value is outside the [Parameter] range.
    /// </summary>
    public static bool TrySet(ScenarioSpec spec, string path, double value)
    {
        var tokens = PathToken.Parse(path, out _);
        if (tokens is null || !double.IsFinite(value))
        {
            return false;
        }

        var slots = SlotResolver.Resolve(spec, tokens, createMissing: false, out _, out var error);
        if (slots is null || error is not null || slots.Any(s => !s.Shape.IsNumeric))
        {
            return false;
        }

        var converted = new List<object>();
        foreach (var slot in slots)
        {
            var number = Convert(value, slot.Shape.Type);
            if (number is null || (slot.Parameter is not null && RangeCheck.Message(NumberText.ToDouble(number), slot.Parameter) is not null))
            {
                return false;
            }

            converted.Add(number);
        }

        for (var i = 0; i < slots.Count; i++)
        {
            slots[i].Set(converted[i]);
        }

        return true;
    }

    private static object? Convert(double value, Type type)
    {
        if (NumberText.IsInteger(type))
        {
            var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
            var (min, max) = NumberText.Bounds(type);
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            if (rounded >= (double)max || rounded <= (double)min)
            {
                // The bounds of long and ulong are not exact doubles: only the bound itself is accepted.
                return rounded == (double)max ? System.Convert.ChangeType(max, type, culture)
                    : rounded == (double)min ? System.Convert.ChangeType(min, type, culture)
                    : null;
            }

            return type == typeof(ulong) ? (ulong)rounded : System.Convert.ChangeType((long)rounded, type, culture);
        }

        return type == typeof(float) ? (float)value : type == typeof(decimal) ? (decimal)value : value;
    }

    /// <summary>Applies one assignment to <paramref name="spec"/>; the canonical path when it resolved.</summary>
    private static string? ApplyOne(ScenarioSpec spec, string assignment, int index, List<ScenarioProblem> problems)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            problems.Add(new ScenarioProblem(Source, 0, index, "", $"expected path=value, got '{NumberText.Clip(assignment)}'"));
            return null;
        }

        var rawPath = assignment[..equals].Trim();
        var raw = assignment[(equals + 1)..];
        var tokens = PathToken.Parse(rawPath, out var syntax);
        if (tokens is null)
        {
            problems.Add(new ScenarioProblem(Source, 0, index, rawPath, syntax!));
            return null;
        }

        var slots = SlotResolver.Resolve(spec, tokens, createMissing: true, out var field, out var error);
        if (slots is null)
        {
            problems.Add(new ScenarioProblem(Source, 0, index, field, error!));
            return null;
        }

        foreach (var slot in slots)
        {
            var node = ValueNode(raw, slot.Shape, out var parseError);
            if (node is null)
            {
                problems.Add(new ScenarioProblem(Source, 0, index, slot.Path, parseError!));
                continue;
            }

            var mapper = new NodeMapper(null);
            var existing = slot.Shape.Kind == ShapeKind.Object ? slot.Get() : null;
            if (mapper.TryMap(node, slot.Shape, slot.Parameter, existing, slot.Path, out var value) && mapper.Problems.Count == 0)
            {
                slot.Set(value);
            }

            problems.AddRange(mapper.Problems.Select(p => new ScenarioProblem(Source, 0, index, p.Field, p.Message)));
        }

        return CanonicalPrefix(tokens);
    }

    /// <summary>The snake_case path up to the first [*] (a wildcard assignment concerns the whole list).</summary>
    private static string CanonicalPrefix(IReadOnlyList<PathToken> tokens)
    {
        var path = "";
        foreach (var token in tokens)
        {
            if (token.IsWildcard)
            {
                break;
            }

            path = token.Key is not null ? FieldPath.Child(path, token.Key) : FieldPath.Item(path, token.Index);
        }

        return path;
    }

    /// <summary>Text is taken as written; other scalars as a plain YAML scalar; lists and objects as YAML.</summary>
    private static YamlNode? ValueNode(string raw, Shape shape, out string? error)
    {
        error = null;
        if (shape.IsScalar)
        {
            return shape.Kind == ShapeKind.Text
                ? new YamlScalarNode(raw) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }
                : new YamlScalarNode(raw.Trim());
        }

        var documents = YamlText.Parse(raw, out var syntax);
        if (documents is null)
        {
            error = $"value: {syntax!.Value.Message}";
            return null;
        }

        return documents.Count == 0 ? new YamlScalarNode("") : documents[0].RootNode;
    }

    /// <summary>Locates a semantic problem at the last assignment whose path it concerns.</summary>
    private sealed class AssignmentLocator(IReadOnlyList<(string Path, int Index)> applied)
    {
        public ScenarioProblem Problem(string field, string message, IReadOnlyList<string> dependsOn)
        {
            var column = 0;
            foreach (var (path, index) in applied)
            {
                if (FieldPath.Related(path, field) || dependsOn.Any(d => FieldPath.Related(path, d)))
                {
                    column = index;
                }
            }

            return new ScenarioProblem(Source, 0, column, field, message);
        }
    }
}
