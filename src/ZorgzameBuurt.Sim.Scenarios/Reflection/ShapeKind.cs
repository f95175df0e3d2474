namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>How a value is written in YAML.</summary>
internal enum ShapeKind
{
    /// <summary>A string.</summary>
    Text,
    /// <summary>true / false.</summary>
    Boolean,
    /// <summary>A whole number (any integer type).</summary>
    Integer,
    /// <summary>A real number (double, float, decimal).</summary>
    Real,
    /// <summary>An enum value written as its snake_case name.</summary>
    Enum,
    /// <summary>A YAML sequence (List&lt;T&gt;, T[], IList&lt;T&gt;, IReadOnlyList&lt;T&gt;).</summary>
    List,
    /// <summary>A YAML mapping with free string keys (Dictionary&lt;string, T&gt;).</summary>
    Dictionary,
    /// <summary>A YAML mapping onto the properties of a class.</summary>
    Object,
}
