using ZorgzameBuurt.Sim.Scenarios.Mapping;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>
/// A semantic problem before it is located. <paramref name="DependsOn"/> lists other fields the rule read, so a
/// rule is not reported when one of its inputs already failed to load (its value would be a stand-in default).
/// </summary>
internal sealed record ValidationIssue(string Field, string Message, params string[] DependsOn)
{
    public bool IsAffectedBy(IEnumerable<string> failedFields) =>
        failedFields.Any(f => FieldPath.Related(f, Field) || DependsOn.Any(d => FieldPath.Related(f, d)));
}
