using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// Mix expressions: <c>baseline</c> (no intervention), keys joined by '+' (<c>restaurant+call_round</c>), or the name
/// of a mix in <see cref="ScenarioSpec.Mixes"/> (which may itself use named mixes). A mix is a set: duplicates
/// collapse and the interventions always run in catalogue order, so <c>a+b</c> and <c>b+a</c> run identically.
/// </summary>
public static class Mixes
{
    public const string Baseline = "baseline";

    /// <summary>The interventions of a mix, built from the scenario's settings, in catalogue order.</summary>
    /// <exception cref="MixException">Unknown keys (the message lists them with a did-you-mean and the valid keys),
    /// a cycle between named mixes, or 'baseline' combined with other keys.</exception>
    public static IReadOnlyList<IIntervention> Parse(string expression, ScenarioSpec spec) =>
        Keys(expression, spec).Select(k => InterventionCatalog.Create(k, spec.Interventions)).ToArray();

    /// <summary>The catalogue keys a mix expression resolves to, in catalogue order.</summary>
    public static IReadOnlyList<string> Keys(string expression, ScenarioSpec spec)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(spec);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        Expand(expression, spec.Mixes, keys, unknown, []);
        if (unknown.Count > 0) throw MixException.Unknown(unknown, expression, spec.Mixes.Keys);
        return InterventionCatalog.Keys.Where(keys.Contains).ToArray();
    }

    /// <summary>The canonical spelling of a mix: <c>baseline</c> or its keys in catalogue order joined by '+'.</summary>
    public static string Canonical(string expression, ScenarioSpec spec)
    {
        var keys = Keys(expression, spec);
        return keys.Count == 0 ? Baseline : string.Join('+', keys);
    }

    private static void Expand(string expression, IReadOnlyDictionary<string, string> named, HashSet<string> keys, List<string> unknown,
        List<string> path)
    {
        var trimmed = expression.Trim();
        if (trimmed.Length == 0 || trimmed == Baseline) return;
        var terms = trimmed.Split('+').Select(t => t.Trim()).ToArray();
        foreach (var term in terms)
        {
            if (term.Length == 0)
                throw new MixException($"Empty key in mix '{expression}': a mix is 'baseline' or keys joined by '+'.");
            if (term == Baseline)
            {
                if (terms.Length > 1) throw new MixException($"'baseline' cannot be combined with other keys in mix '{expression}'.");
                continue;
            }
            if (InterventionCatalog.IsKey(term))
            {
                keys.Add(term);
                continue;
            }
            if (named.TryGetValue(term, out var inner))
            {
                if (path.Contains(term))
                    throw new MixException($"Mix '{term}' refers to itself ({string.Join(" -> ", path.Append(term))}).");
                path.Add(term);
                Expand(inner, named, keys, unknown, path);
                path.RemoveAt(path.Count - 1);
                continue;
            }
            if (!unknown.Contains(term)) unknown.Add(term);
        }
    }
}
