using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Patterns;

/// <summary>
/// A pattern the model must reproduce (MODEL.md §7), stated as a comparison of runs with common random numbers:
/// every variant runs the same replications; <see cref="Contrast"/> turns each replication's runs into a pair
/// (A, B) of the compared quantity. The criterion is the same for every pattern: the 95% interval of the paired
/// difference B − A lies wholly above zero. Immutable.
/// </summary>
/// <param name="Id">The number in MODEL.md §7, with a letter where a pattern has two parts ("4a", "4b").</param>
/// <param name="Claim">The pattern in words, as MODEL.md states it.</param>
/// <param name="Source">Where the field observed it (seed document, chapter, section).</param>
/// <param name="Measure">The compared quantity, in words naming the indicator.</param>
/// <param name="LabelA">What A is (expected lower).</param>
/// <param name="LabelB">What B is (expected higher).</param>
public sealed record Pattern(
    string Id,
    string Claim,
    string Source,
    string Measure,
    string LabelA,
    string LabelB,
    IReadOnlyList<Variant> Variants,
    Func<Replicate, (double A, double B)> Contrast)
{
    /// <summary>The criterion in words, as the table and docs print it.</summary>
    public string Criterion => $"95% CI of B − A above 0 (B = {LabelB}, A = {LabelA})";

    /// <summary>Scenario changes every variant shares (e.g. a horizon of at least a year).</summary>
    public Action<ScenarioSpec>? Prepare { get; init; }
}

/// <summary>The runs of one replication, by variant label.</summary>
public sealed class Replicate(IReadOnlyDictionary<string, RunResult> runs)
{
    public RunResult this[string label] => runs[label];

    /// <summary>End value of an indicator in a variant's run.</summary>
    public double End(string label, string indicator) => runs[label].End[indicator];

    /// <summary>The value of an indicator in the last snapshot taken at or before <paramref name="day"/>.</summary>
    public double At(string label, string indicator, int day)
    {
        var series = runs[label].Series;
        for (var i = series.Count - 1; i >= 0; i--)
            if (series[i].Day <= day) return series[i][indicator];
        throw new InvalidOperationException($"No snapshot at or before day {day} in {label}.");
    }

    /// <summary>End value in <paramref name="label"/> minus end value in <paramref name="reference"/> (an effect under common random numbers).</summary>
    public double Effect(string label, string reference, string indicator) => End(label, indicator) - End(reference, indicator);
}
