using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>
/// The scenario properties of a spec class, in declaration order, found by reflection: public instance
/// properties with a public getter that are settable, or get-only collections/objects filled in place.
/// Properties marked [JsonIgnore] are left out.
/// </summary>
internal sealed class SpecType
{
    private static readonly ConcurrentDictionary<Type, SpecType> Cache = new();
    private readonly Dictionary<string, SpecProperty> byName;

    private SpecType(Type type, List<SpecProperty> properties)
    {
        Type = type;
        Properties = properties;
        byName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        Names = properties.Select(p => p.Name).ToArray();
    }

    public Type Type { get; }

    public IReadOnlyList<SpecProperty> Properties { get; }

    public IReadOnlyList<string> Names { get; }

    public static SpecType Of(Type type) => Cache.GetOrAdd(type, Build);

    public SpecProperty? Find(string name) => byName.GetValueOrDefault(name);

    private static SpecType Build(Type type)
    {
        var context = new NullabilityInfoContext();
        var list = new List<SpecProperty>();
        foreach (var info in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (info.GetIndexParameters().Length > 0 || info.GetMethod is not { IsPublic: true }
                || info.IsDefined(typeof(JsonIgnoreAttribute), inherit: true))
            {
                continue;
            }

            var where = $"{type.Name}.{info.Name}";
            var settable = info.SetMethod is { IsPublic: true };
            if (!settable && (info.PropertyType.IsValueType || info.PropertyType == typeof(string)))
            {
                continue; // computed value
            }

            var shape = Shape.Of(info.PropertyType, context.Create(info), where);
            if (!settable && !IsFillable(shape))
            {
                continue;
            }

            list.Add(new SpecProperty(info, SnakeCase.From(info.Name), shape, info.GetCustomAttribute<ParameterAttribute>()));
        }

        var duplicate = list.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new NotSupportedException($"{type.Name} has two properties with the YAML name '{duplicate.Key}'.");
        }

        return new SpecType(type, list);
    }

    private static bool IsFillable(Shape shape) =>
        shape.Kind == ShapeKind.Object
        || (shape.Kind == ShapeKind.List && shape.Type.IsGenericType && shape.Type.GetGenericTypeDefinition() == typeof(List<>))
        || (shape.Kind == ShapeKind.Dictionary && shape.Type.IsGenericType && shape.Type.GetGenericTypeDefinition() == typeof(Dictionary<,>));
}
