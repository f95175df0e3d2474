using System.Globalization;
using ZorgzameBuurt.Sim.Experiments.Patterns;
using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>The pattern table: per pattern its claim, source, compared quantity, A and B with 95% intervals, B − A and PASS/FAIL.</summary>
internal static class PatternTable
{
    public static void Write(TextWriter stdout, IReadOnlyList<PatternOutcome> outcomes, string scenario, int replications)
    {
        stdout.WriteLine($"Patterns of MODEL.md §7 on {scenario}, {replications} replications with common random numbers.");
        stdout.WriteLine("Criterion for every pattern: the 95% interval of the paired difference B - A lies above 0.");
        stdout.WriteLine();
        var table = new TextTable("#", "A", "mean A [95% CI]", "B", "mean B [95% CI]", "B - A [95% CI]", "result");
        foreach (var o in outcomes)
            table.Add(o.Pattern.Id, o.Pattern.LabelA, Format(o.A), o.Pattern.LabelB, Format(o.B), Format(o.Difference), o.Passed ? "PASS" : "FAIL");
        table.Write(stdout);
        stdout.WriteLine();
        foreach (var o in outcomes)
        {
            stdout.WriteLine($"  {o.Pattern.Id}. {o.Pattern.Claim}");
            stdout.WriteLine($"     measure: {o.Pattern.Measure}");
            stdout.WriteLine($"     source:  {o.Pattern.Source}");
        }
        stdout.WriteLine();
        var passed = outcomes.Count(o => o.Passed);
        stdout.WriteLine($"{passed} of {outcomes.Count} patterns pass.");
    }

    private static string Format(Summary s) =>
        $"{G(s.Mean)} [{G(s.Lower)}, {G(s.Upper)}]";

    private static string G(double v) => double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : Numbers.Missing;
}
