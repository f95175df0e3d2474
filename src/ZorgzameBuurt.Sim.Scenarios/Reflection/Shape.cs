using System.Collections;
using System.Reflection;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>
/// What a C# type looks like in a scenario file: its kind, whether null is allowed, and the element shape of
/// a list or dictionary. Built from the type and its nullability annotations.
/// </summary>
internal sealed class Shape
{
    private Shape(ShapeKind kind, Type type, bool allowsNull, Shape? element)
    {
        Kind = kind;
        Type = type;
        AllowsNull = allowsNull;
        Element = element;
    }

    public ShapeKind Kind { get; }

    /// <summary>The type without Nullable&lt;&gt;; for lists and dictionaries the declared collection type.</summary>
    public Type Type { get; }

    public bool AllowsNull { get; }

    /// <summary>Item shape of a list, value shape of a dictionary.</summary>
    public Shape? Element { get; }

    public bool IsScalar => Kind is ShapeKind.Text or ShapeKind.Boolean or ShapeKind.Integer or ShapeKind.Real or ShapeKind.Enum;

    public bool IsNumeric => Kind is ShapeKind.Integer or ShapeKind.Real;

    public static Shape Of(Type type, NullabilityInfo? nullability, string where)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Scalar(underlying, true, where);
        }

        var allowsNull = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable;
        if (type.IsValueType || type == typeof(string))
        {
            return Scalar(type, allowsNull, where);
        }

        if (type.IsArray && type.GetArrayRank() == 1)
        {
            return new Shape(ShapeKind.List, type, allowsNull, Of(type.GetElementType()!, nullability?.ElementType, where + "[]"));
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var args = type.GetGenericArguments();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>))
            {
                return new Shape(ShapeKind.List, type, allowsNull, Of(args[0], Arg(nullability, 0), where + "[]"));
            }

            if ((definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
                && args[0] == typeof(string))
            {
                return new Shape(ShapeKind.Dictionary, type, allowsNull, Of(args[1], Arg(nullability, 1), where + "{}"));
            }
        }

        if (type.IsClass && !type.IsAbstract && !typeof(IEnumerable).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return new Shape(ShapeKind.Object, type, allowsNull, null);
        }

        throw Unsupported(type, where);
    }

    private static NullabilityInfo? Arg(NullabilityInfo? info, int index) =>
        info is not null && info.GenericTypeArguments.Length > index ? info.GenericTypeArguments[index] : null;

    private static Shape Scalar(Type type, bool allowsNull, string where)
    {
        ShapeKind kind;
        if (type == typeof(string))
        {
            kind = ShapeKind.Text;
        }
        else if (type == typeof(bool))
        {
            kind = ShapeKind.Boolean;
        }
        else if (type.IsEnum)
        {
            kind = ShapeKind.Enum;
        }
        else if (NumberText.IsInteger(type))
        {
            kind = ShapeKind.Integer;
        }
        else if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            kind = ShapeKind.Real;
        }
        else
        {
            throw Unsupported(type, where);
        }

        return new Shape(kind, type, allowsNull, null);
    }

    private static NotSupportedException Unsupported(Type type, string where) =>
        new($"Scenario property {where} has type {type.Name}, which the scenario format does not support. " +
            "Use string, bool, an integer, double, an enum, List<T>, T[], Dictionary<string, T> or a class with a public parameterless constructor.");
}
