using System.Globalization;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// Reads <c>--vary path=min..max</c>: the path must be a numeric scenario parameter (as for --set, <c>[*]</c> for every
/// list item), min &lt; max, and both ends valid for the scenario exactly as --set would check them.
/// </summary>
internal static class VaryArgument
{
    private static readonly string[] RunSettings = ["seed", "days", "indicator_interval"];

    public static IReadOnlyList<VaryRange> Parse(IReadOnlyList<string> values, ScenarioSpec spec)
    {
        if (values.Count == 0) throw new UsageException("--vary: give at least one parameter to vary, e.g. --vary parameters.contact.per_day=1..6.");
        var ranges = new List<VaryRange>();
        foreach (var text in values)
        {
            var range = ParseOne(text);
            if (ranges.Any(r => r.Path == range.Path)) throw new UsageException($"--vary {range.Path}: varied twice.");
            Check(range, text, spec);
            ranges.Add(range);
        }
        return ranges;
    }

    private static VaryRange ParseOne(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var dots = equals < 0 ? -1 : text.IndexOf("..", equals + 1, StringComparison.Ordinal);
        if (equals <= 0 || dots < 0)
            throw new UsageException($"--vary '{text}': expected path=min..max, e.g. parameters.contact.per_day=1..6.");
        var path = text[..equals].Trim();
        var min = Number(text, text[(equals + 1)..dots]);
        var max = Number(text, text[(dots + 2)..]);
        if (!(min < max))
            throw new UsageException($"--vary '{text}': the range is empty; write min..max with min below max.");
        if (RunSettings.Contains(path, StringComparer.Ordinal))
            throw new UsageException($"--vary '{text}': {path} is a run setting, not a model parameter; use --{path.Replace('_', '-')} instead.");
        return new VaryRange(path, min, max);
    }

    private static double Number(string text, string part)
    {
        if (double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        throw new UsageException($"--vary '{text}': '{part.Trim()}' is not a number.");
    }

    /// <summary>Both ends must pass --set validation, and the path must be numeric (settable by a sweep).</summary>
    private static void Check(VaryRange range, string text, ScenarioSpec spec)
    {
        foreach (var end in new[] { range.Min, range.Max })
        {
            var copy = ScenarioCopy.Clone(spec);
            var value = end.ToString("R", CultureInfo.InvariantCulture);
            var problems = ScenarioOverrides.Apply(copy, [$"{range.Path}={value}"]);
            if (problems.Count > 0)
            {
                var p = problems[0];
                throw new UsageException($"--vary '{text}': {(p.Field.Length > 0 ? p.Field + ": " : "")}{p.Message}");
            }
            if (!ScenarioOverrides.TrySet(ScenarioCopy.Clone(spec), range.Path, end))
                throw new UsageException($"--vary '{text}': {range.Path} is not a numeric parameter that a sweep can vary{Hint(range.Path)}.");
        }
    }

    private static string Hint(string path)
    {
        var names = ScenarioParameters.Enumerate(typeof(ScenarioSpec)).Select(p => p.Path).ToList();
        return Suggest.Closest(path, names) is { } match ? $"; did you mean '{match}'?" : "";
    }
}
