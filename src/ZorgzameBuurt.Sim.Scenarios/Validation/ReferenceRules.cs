using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>
/// Naming conventions checked anywhere in the spec, including intervention settings added later:
/// a string property named <c>Settlement</c> or <c>Place</c> (or a string list named <c>Settlements</c> /
/// <c>Places</c>) names an existing settlement, empty meaning the first; a string named <c>Facility</c> or a
/// string list named <c>Facilities</c> holds kinds from <see cref="SettlementSpec.FacilityKinds"/>.
/// </summary>
internal static class ReferenceRules
{
    private static readonly string[] SettlementNames = ["Settlement", "Place"];
    private static readonly string[] SettlementListNames = ["Settlements", "Places"];

    public static bool IsSettlementReference(SpecProperty property) =>
        (property.Shape.Kind == ShapeKind.Text && SettlementNames.Contains(property.Info.Name))
        || (IsTextList(property) && SettlementListNames.Contains(property.Info.Name));

    public static bool IsFacilityReference(SpecProperty property) =>
        (property.Shape.Kind == ShapeKind.Text && property.Info.Name == "Facility")
        || (IsTextList(property) && property.Info.Name == "Facilities");

    public static IEnumerable<ValidationIssue> Check(ScenarioSpec spec)
    {
        var settlements = spec.Space.Settlements.Select(s => s.Name).Where(n => !string.IsNullOrEmpty(n)).Distinct().ToArray();
        var issues = new List<ValidationIssue>();
        SpecWalker.Walk(spec, (path, property, value) =>
        {
            if (IsSettlementReference(property))
            {
                foreach (var (field, name) in Values(path, property, value))
                {
                    if (name.Length > 0 && !settlements.Contains(name, StringComparer.Ordinal))
                    {
                        issues.Add(new ValidationIssue(field, $"unknown settlement '{name}'{DidYouMean.Hint(name, settlements)}", "space.settlements"));
                    }
                }
            }
            else if (IsFacilityReference(property))
            {
                foreach (var (field, kind) in Values(path, property, value))
                {
                    if (kind.Length > 0 && !SettlementSpec.FacilityKinds.Contains(kind, StringComparer.Ordinal))
                    {
                        issues.Add(new ValidationIssue(field, $"unknown facility '{kind}'{DidYouMean.Hint(kind, SettlementSpec.FacilityKinds.ToArray())}"));
                    }
                }
            }
        });
        return issues;
    }

    private static bool IsTextList(SpecProperty property) =>
        property.Shape.Kind == ShapeKind.List && property.Shape.Element!.Kind == ShapeKind.Text;

    private static IEnumerable<(string Field, string Value)> Values(string path, SpecProperty property, object? value)
    {
        if (value is string text)
        {
            yield return (path, text);
        }
        else if (value is not null && property.Shape.Kind == ShapeKind.List)
        {
            var index = 0;
            foreach (var item in Collections.Items(value))
            {
                yield return (FieldPath.Item(path, index++), item as string ?? "");
            }
        }
    }
}
