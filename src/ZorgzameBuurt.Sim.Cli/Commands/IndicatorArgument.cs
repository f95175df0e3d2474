using System.Reflection;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>Checks an indicator name given on the command line (--rank) against MODEL.md §6 names and their subgroups.</summary>
internal static class IndicatorArgument
{
    private static readonly string[] Overall = typeof(IndicatorNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Append(IndicatorDirection.StaffHours)
        .ToArray();

    private static readonly string[] Effort =
        [IndicatorNames.VolunteerHours, IndicatorNames.ProfessionalHours, IndicatorNames.CostEuros, IndicatorNames.PeopleReached, IndicatorNames.VulnerableReached];

    /// <summary>Every name an experiment reports, apart from the per-intervention effort names (<c>key.cost_euros</c>).</summary>
    public static IReadOnlyList<string> Known { get; } =
        [.. Overall, .. Overall.SelectMany(n => Subgroup.Names.Select(g => $"{n}.{g}"))];

    public static string Check(string name, string option)
    {
        if (Overall.Contains(name, StringComparer.Ordinal)) return name;
        var dot = name.LastIndexOf('.');
        if (dot > 0 && (Subgroup.Names.Contains(name[(dot + 1)..]) && Overall.Contains(name[..dot], StringComparer.Ordinal)
            || Effort.Contains(name[(dot + 1)..], StringComparer.Ordinal)))
            return name;
        var hint = Suggest.Closest(name, Known);
        throw new UsageException($"{option}: no indicator '{name}'{(hint is null ? $"; indicators: {string.Join(", ", Overall)}" : $", did you mean '{hint}'?")}");
    }
}
