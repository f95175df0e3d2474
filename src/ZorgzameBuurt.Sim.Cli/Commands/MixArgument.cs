using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>Reads mix expressions from the command line and checks them against the intervention catalogue before any run starts.</summary>
internal static class MixArgument
{
    /// <summary>The mixes compared when neither --mixes nor the scenario names any.</summary>
    public static readonly IReadOnlyList<string> DefaultMixes = ["baseline", "restaurant", "call_round", "restaurant+call_round"];

    /// <summary>An expression without blanks around '+': <c>restaurant + call_round</c> → <c>restaurant+call_round</c>.</summary>
    public static string Normalise(string expression, string option)
    {
        var parts = expression.Split('+', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0))
            throw new UsageException($"{option}: '{expression}' is not a mix; write baseline, a+b+c or the name of a mix.");
        if (parts.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UsageException($"{option}: '{twice.Key}' is listed twice in '{expression}'; an intervention runs once per mix.");
        return string.Join('+', parts);
    }

    /// <summary>The mixes of --mixes "a;b+c;…", each normalised; empty items and duplicates are errors.</summary>
    public static IReadOnlyList<string> ParseList(string text)
    {
        var items = text.Split(';', StringSplitOptions.TrimEntries);
        if (items.All(i => i.Length == 0)) throw new UsageException("--mixes: no mix given; write e.g. --mixes \"baseline;restaurant;restaurant+call_round\".");
        var mixes = new List<string>();
        foreach (var item in items)
        {
            if (item.Length == 0) throw new UsageException($"--mixes: empty mix in \"{text}\" (two ';' in a row or a ';' at an end).");
            var mix = Normalise(item, "--mixes");
            if (mixes.Contains(mix, StringComparer.Ordinal)) throw new UsageException($"--mixes: '{mix}' is listed twice.");
            mixes.Add(mix);
        }
        return mixes;
    }

    /// <summary>The default mixes: baseline plus the scenario's named mixes, else <see cref="DefaultMixes"/>.</summary>
    public static IReadOnlyList<string> Defaults(ScenarioSpec spec) =>
        spec.Mixes.Count > 0 ? ["baseline", .. spec.Mixes.Keys.Where(k => k != "baseline")] : DefaultMixes;

    /// <summary>
    /// Builds every mix once on the scenario, so an unknown key fails now with its did-you-mean, not mid-experiment.
    /// Returns a warning for each pair of mixes that resolve to the same interventions (they would run identically).
    /// </summary>
    public static IReadOnlyList<string> Check(InterventionFactory factory, IReadOnlyList<string> mixes, ScenarioSpec spec)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (var mix in mixes)
        {
            IReadOnlyList<IIntervention> interventions;
            try
            {
                interventions = factory(mix, spec);
            }
            catch (MixException e)
            {
                throw new UsageException(e.Message);
            }
            if (interventions.GroupBy(i => i.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new UsageException($"mix '{mix}': intervention '{twice.Key}' comes in twice (through a named mix?); an intervention runs once per mix.");
            var keys = string.Join('+', interventions.Select(i => i.Key));
            if (seen.TryGetValue(keys, out var same)) warnings.Add($"'{mix}' and '{same}' are the same interventions and will give the same results.");
            else seen[keys] = mix;
        }
        return warnings;
    }
}
