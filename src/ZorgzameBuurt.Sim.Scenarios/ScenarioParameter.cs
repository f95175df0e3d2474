using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>
/// A numeric scenario parameter: its path (<c>parameters.contact.per_day</c>; <c>[*]</c> stands for every item of
/// a list, e.g. <c>shocks.lockdowns[*].contact_factor</c>), its [Parameter] declaration, CLR type and C# default.
/// </summary>
public sealed record ScenarioParameter(string Path, ParameterAttribute Attribute, Type ValueType, double Default)
{
    /// <summary>True when no source supports the value (screened in sensitivity analysis).</summary>
    public bool IsAssumed => Attribute.IsAssumed;

    /// <summary>True for whole-number parameters.</summary>
    public bool IsInteger => ValueType != typeof(double) && ValueType != typeof(float) && ValueType != typeof(decimal);
}
