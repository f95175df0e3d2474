using System.Collections.Concurrent;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>Enum values as snake_case names (<c>CareDirector</c> ↔ <c>care_director</c>).</summary>
internal static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, object Value)>> Cache = new();

    public static IReadOnlyList<(string Name, object Value)> All(Type enumType) =>
        Cache.GetOrAdd(enumType, t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (SnakeCase.From(f.Name), f.GetValue(null)!))
            .ToArray());

    public static IReadOnlyList<string> Names(Type enumType) => All(enumType).Select(v => v.Name).ToArray();

    public static string Name(Enum value)
    {
        foreach (var (name, v) in All(value.GetType()))
        {
            if (v.Equals(value))
            {
                return name;
            }
        }

        return SnakeCase.From(value.ToString());
    }

    public static object? Parse(Type enumType, string text)
    {
        foreach (var (name, v) in All(enumType))
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }
}
