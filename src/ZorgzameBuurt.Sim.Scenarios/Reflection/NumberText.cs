using System.Globalization;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>Parses and formats numbers, booleans and enum names the same way everywhere (invariant culture).</summary>
internal static class NumberText
{
    private static readonly Dictionary<Type, (decimal Min, decimal Max)> IntegerBounds = new()
    {
        [typeof(byte)] = (byte.MinValue, byte.MaxValue),
        [typeof(sbyte)] = (sbyte.MinValue, sbyte.MaxValue),
        [typeof(short)] = (short.MinValue, short.MaxValue),
        [typeof(ushort)] = (ushort.MinValue, ushort.MaxValue),
        [typeof(int)] = (int.MinValue, int.MaxValue),
        [typeof(uint)] = (uint.MinValue, uint.MaxValue),
        [typeof(long)] = (long.MinValue, long.MaxValue),
        [typeof(ulong)] = (ulong.MinValue, ulong.MaxValue),
    };

    public static bool IsInteger(Type type) => IntegerBounds.ContainsKey(type);

    public static (decimal Min, decimal Max) Bounds(Type integerType) => IntegerBounds[integerType];

    /// <summary>Parses a whole number for an integer type; null with an error message otherwise.</summary>
    public static object? ParseInteger(string text, Type type, out string? error)
    {
        error = null;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            error = $"expected a whole number, got '{Clip(text)}'";
            return null;
        }

        if (decimal.Truncate(value) != value)
        {
            error = $"expected a whole number, got {text}";
            return null;
        }

        var (min, max) = Bounds(type);
        if (value < min || value > max)
        {
            error = $"{text} does not fit a whole number of type {type.Name} ({min}..{max})";
            return null;
        }

        return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    /// <summary>Parses a finite real number for double, float or decimal.</summary>
    public static object? ParseReal(string text, Type type, out string? error)
    {
        error = null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error = $"expected a number, got '{Clip(text)}'";
            return null;
        }

        if (type == typeof(double))
        {
            return value;
        }

        if (type == typeof(float))
        {
            var single = (float)value;
            if (!float.IsFinite(single))
            {
                error = $"{text} is too large";
                return null;
            }

            return single;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dec))
        {
            error = $"{text} does not fit a decimal";
            return null;
        }

        return dec;
    }

    /// <summary>A numeric value as double, for range checks.</summary>
    public static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>Invariant round-trip text of a scalar value (numbers shortest round-trip, bools lowercase).</summary>
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Enum e => EnumNames.Name(e),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A number for a message: shortest form, invariant.</summary>
    public static string Show(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
