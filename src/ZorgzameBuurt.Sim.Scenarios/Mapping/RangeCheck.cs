using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>The [Parameter] range check shared by the loader, --set and sweeps.</summary>
internal static class RangeCheck
{
    /// <summary>Null when the value is inside [min, max]; otherwise the message.</summary>
    public static string? Message(double value, ParameterAttribute parameter)
    {
        if (value >= parameter.Min && value <= parameter.Max)
        {
            return null;
        }

        return $"{NumberText.Show(value)} is out of range [{NumberText.Show(parameter.Min)}, {NumberText.Show(parameter.Max)}]";
    }
}
