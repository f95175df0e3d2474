using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>
/// A mix is <c>baseline</c> or a '+'-joined list of keys; a key is an intervention (a property of
/// <see cref="InterventionSettings"/>, snake_case) or a named mix. Named mixes may not shadow an intervention
/// or refer to themselves.
/// </summary>
internal static class MixRules
{
    /// <summary>The intervention keys, from the properties of <see cref="InterventionSettings"/>.</summary>
    public static IReadOnlyList<string> InterventionKeys => SpecType.Of(typeof(InterventionSettings)).Names;

    public static IEnumerable<ValidationIssue> Check(ScenarioSpec spec)
    {
        var interventions = InterventionKeys;
        var named = spec.Mixes.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var valid = interventions.Concat(named).Distinct().ToArray();
        var issues = new List<ValidationIssue>();
        foreach (var name in named)
        {
            var field = FieldPath.Child("mixes", name);
            if (name == ScenarioRules.Baseline || interventions.Contains(name))
            {
                issues.Add(new ValidationIssue(field, $"mix name '{name}' is taken by {(name == ScenarioRules.Baseline ? "the baseline" : "an intervention")}; choose another"));
                continue;
            }

            issues.AddRange(CheckExpression(field, spec.Mixes[name], valid));
        }

        issues.AddRange(CheckExpression("mix", spec.Mix, valid));
        issues.AddRange(Cycles(spec.Mixes));
        return issues;
    }

    /// <summary>Splits a mix expression into its trimmed terms.</summary>
    public static string[] Terms(string expression) => expression.Split('+').Select(t => t.Trim()).ToArray();

    private static IEnumerable<ValidationIssue> CheckExpression(string field, string expression, IReadOnlyCollection<string> valid)
    {
        if (expression.Trim() == ScenarioRules.Baseline)
        {
            yield break;
        }

        if (expression.Trim().Length == 0)
        {
            yield return new ValidationIssue(field, "a mix is 'baseline' or keys joined by '+'", "mixes");
            yield break;
        }

        var terms = Terms(expression);
        foreach (var twice in terms.Where(t => t.Length > 0).GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationIssue(field, $"'{twice.Key}' is listed twice in '{expression}'; an intervention runs once per mix", "mixes");
        }

        foreach (var term in terms)
        {
            if (term.Length == 0)
            {
                yield return new ValidationIssue(field, $"empty key in '{expression}'", "mixes");
            }
            else if (term == ScenarioRules.Baseline)
            {
                yield return new ValidationIssue(field, $"'baseline' cannot be combined with other keys in '{expression}'", "mixes");
            }
            else if (!valid.Contains(term))
            {
                var hint = DidYouMean.Find(term, valid) is { } match
                    ? $", did you mean '{match}'?"
                    : valid.Count == 0 ? "; no interventions or named mixes exist yet" : $"; expected interventions or mixes: {string.Join(", ", valid)}";
                yield return new ValidationIssue(field, $"unknown intervention or mix '{term}'{hint}", "mixes");
            }
        }
    }

    private static IEnumerable<ValidationIssue> Cycles(IReadOnlyDictionary<string, string> mixes)
    {
        foreach (var name in mixes.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (Reaches(name, name, mixes, []))
            {
                yield return new ValidationIssue(FieldPath.Child("mixes", name), $"mix '{name}' refers to itself");
            }
        }
    }

    private static bool Reaches(string from, string target, IReadOnlyDictionary<string, string> mixes, HashSet<string> seen)
    {
        if (!mixes.TryGetValue(from, out var expression) || !seen.Add(from))
        {
            return false;
        }

        foreach (var term in Terms(expression).Where(t => t != ScenarioRules.Baseline))
        {
            if (term == target || Reaches(term, target, mixes, seen))
            {
                return true;
            }
        }

        return false;
    }
}
