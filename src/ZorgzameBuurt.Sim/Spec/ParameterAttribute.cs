namespace ZorgzameBuurt.Sim.Spec;

/// <summary>
/// Declares a model parameter's plausible range and its source. One declaration feeds validation,
/// the JSON Schema, the parameter tables in docs/ and the sensitivity analysis (every parameter whose
/// source is <c>ASSUMED</c> is screened). Immutable.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ParameterAttribute(double min, double max, string source) : Attribute
{
    /// <summary>Smallest valid value (inclusive).</summary>
    public double Min { get; } = min;

    /// <summary>Largest valid value (inclusive).</summary>
    public double Max { get; } = max;

    /// <summary>A source tag (S000..S004 with a section) or <c>ASSUMED</c>.</summary>
    public string Source { get; } = source;

    /// <summary>One line of meaning, for docs and error messages.</summary>
    public string Doc { get; init; } = "";

    /// <summary>True when no source supports the value.</summary>
    public bool IsAssumed => Source.StartsWith("ASSUMED", StringComparison.Ordinal);
}
