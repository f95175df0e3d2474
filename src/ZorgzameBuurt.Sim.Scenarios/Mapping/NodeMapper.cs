using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>
/// Maps a YAML node tree onto spec objects by reflection. Every unknown key, wrong type and out-of-range value
/// becomes a <see cref="MappingProblem"/> at the node's position; mapping goes on so that all are reported.
/// Keys not written keep the value already in the object (the C# default for a fresh object).
/// </summary>
internal sealed class NodeMapper(SourceMap? map)
{
    private readonly List<MappingProblem> problems = [];

    public IReadOnlyList<MappingProblem> Problems => problems;

    /// <summary>
    /// Maps <paramref name="node"/> to a value of <paramref name="shape"/>. An object is merged into
    /// <paramref name="existing"/> when given; lists and dictionaries are replaced. False when no value results.
    /// </summary>
    public bool TryMap(YamlNode node, Shape shape, ParameterAttribute? parameter, object? existing, string path, out object? value)
    {
        value = null;
        if (node is YamlScalarNode scalar && TryNull(scalar, shape, existing, path, out var handled, out value))
        {
            return handled;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Object:
                return TryMapObject(node, shape, existing, path, out value);
            case ShapeKind.List:
                return TryMapList(node, shape, path, out value);
            case ShapeKind.Dictionary:
                return TryMapDictionary(node, shape, existing, path, out value);
            default:
                return TryMapScalar(node, shape, parameter, path, out value);
        }
    }

    /// <summary>Handles null and empty scalars; true when the node was one.</summary>
    private bool TryNull(YamlScalarNode scalar, Shape shape, object? existing, string path, out bool ok, out object? value)
    {
        value = null;
        ok = true;
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        var text = scalar.Value ?? "";
        var isNull = plain && text is "~" or "null" or "Null" or "NULL";
        var isEmpty = plain && text.Length == 0;
        if (!isNull && !isEmpty)
        {
            return false;
        }

        if (shape.AllowsNull && (isNull || shape.Kind != ShapeKind.Text))
        {
            return true;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Text when isEmpty:
                value = "";
                return true;
            case ShapeKind.Object when isEmpty:
                value = existing ?? Activator.CreateInstance(shape.Type);
                return true;
            case ShapeKind.Text:
                ok = Fail(scalar, path, "null is not allowed here; write \"\" for empty text");
                return true;
            case ShapeKind.List:
                ok = Fail(scalar, path, $"expected a list, got {(isNull ? "null" : "nothing")}; write [] for an empty list");
                return true;
            case ShapeKind.Dictionary:
                ok = Fail(scalar, path, $"expected a mapping, got {(isNull ? "null" : "nothing")}; write {{}} for an empty mapping");
                return true;
            default:
                ok = Fail(scalar, path, $"expected {Expected(shape)}, got {(isNull ? "null" : "nothing")}");
                return true;
        }
    }

    private bool TryMapObject(YamlNode node, Shape shape, object? existing, string path, out object? value)
    {
        value = null;
        if (node is not YamlMappingNode mapping)
        {
            return Fail(node, path, $"expected a mapping of keys, got {Describe(node)}");
        }

        var type = SpecType.Of(shape.Type);
        var target = existing ?? Activator.CreateInstance(shape.Type)!;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Fail(keyNode, path, "keys must be plain names");
                continue;
            }

            var childPath = FieldPath.Child(path, key);
            var property = type.Find(key);
            if (property is null)
            {
                Fail(keyNode, childPath, $"unknown key '{key}'{DidYouMean.Hint(key, type.Names.ToArray())}");
                continue;
            }

            Record(childPath, valueNode is YamlScalarNode ? valueNode : keyNode);
            var current = property.Shape.Kind == ShapeKind.Object ? property.Get(target) : null;
            if (TryMap(valueNode, property.Shape, property.Parameter, current, childPath, out var childValue))
            {
                property.Set(target, childValue);
            }
        }

        value = target;
        return true;
    }

    private bool TryMapList(YamlNode node, Shape shape, string path, out object? value)
    {
        value = null;
        if (node is not YamlSequenceNode sequence)
        {
            return Fail(node, path, $"expected a list, got {Describe(node)}");
        }

        var items = new List<object?>();
        var ok = true;
        var index = 0;
        foreach (var itemNode in sequence.Children)
        {
            var itemPath = FieldPath.Item(path, index++);
            Record(itemPath, itemNode);
            if (TryMap(itemNode, shape.Element!, null, null, itemPath, out var item))
            {
                items.Add(item);
            }
            else
            {
                ok = false;
            }
        }

        if (ok)
        {
            value = Collections.CreateList(shape, items);
        }

        return ok;
    }

    private bool TryMapDictionary(YamlNode node, Shape shape, object? existing, string path, out object? value)
    {
        value = null;
        if (node is not YamlMappingNode mapping)
        {
            return Fail(node, path, $"expected a mapping, got {Describe(node)}");
        }

        var dictionary = Collections.CreateDictionary(shape, existing);
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                ok = Fail(keyNode, path, "keys must be non-empty names");
                continue;
            }

            var childPath = FieldPath.Child(path, key);
            Record(childPath, valueNode is YamlScalarNode ? valueNode : keyNode);
            if (TryMap(valueNode, shape.Element!, null, null, childPath, out var childValue))
            {
                dictionary[key] = childValue;
            }
            else
            {
                ok = false;
            }
        }

        value = ok ? dictionary : null;
        return ok;
    }

    private bool TryMapScalar(YamlNode node, Shape shape, ParameterAttribute? parameter, string path, out object? value)
    {
        value = null;
        if (node is not YamlScalarNode scalar)
        {
            return Fail(node, path, $"expected {Expected(shape)}, got {Describe(node)}");
        }

        var text = scalar.Value ?? "";
        if (shape.Kind == ShapeKind.Text)
        {
            value = text;
            return true;
        }

        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return Fail(node, path, $"expected {Expected(shape)}, got {Describe(node)}; remove the quotes");
        }

        string? error = null;
        switch (shape.Kind)
        {
            case ShapeKind.Boolean:
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
                {
                    value = true;
                }
                else if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                {
                    value = false;
                }
                else
                {
                    error = $"expected true or false, got '{NumberText.Clip(text)}'";
                }

                break;
            case ShapeKind.Enum:
                value = EnumNames.Parse(shape.Type, text);
                if (value is null)
                {
                    error = $"unknown value '{NumberText.Clip(text)}'{DidYouMean.Hint(text, EnumNames.Names(shape.Type).ToArray())}";
                }

                break;
            case ShapeKind.Integer:
                value = NumberText.ParseInteger(text, shape.Type, out error);
                break;
            default:
                value = NumberText.ParseReal(text, shape.Type, out error);
                break;
        }

        if (error is null && value is not null && parameter is not null && shape.IsNumeric)
        {
            error = RangeCheck.Message(NumberText.ToDouble(value), parameter);
        }

        if (error is not null)
        {
            value = null;
            return Fail(node, path, error);
        }

        return true;
    }

    private void Record(string path, YamlNode node)
    {
        map?.Record(path, (int)node.Start.Line, (int)node.Start.Column);
    }

    private bool Fail(YamlNode node, string path, string message)
    {
        problems.Add(new MappingProblem((int)node.Start.Line, (int)node.Start.Column, path, message));
        return false;
    }

    internal static string Expected(Shape shape) => shape.Kind switch
    {
        ShapeKind.Text => "text",
        ShapeKind.Boolean => "true or false",
        ShapeKind.Integer => "a whole number",
        ShapeKind.Real => "a number",
        ShapeKind.Enum => $"one of: {string.Join(", ", EnumNames.Names(shape.Type))}",
        ShapeKind.List => "a list",
        ShapeKind.Dictionary => "a mapping",
        _ => "a mapping of keys",
    };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s => $"'{NumberText.Clip(s.Value ?? "")}'",
        YamlScalarNode s => $"the quoted text \"{NumberText.Clip(s.Value ?? "")}\"",
        _ => "something else",
    };
}
