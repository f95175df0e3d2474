using System.Collections.ObjectModel;

namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// One point of a design: its position, a label that is unique within the design and sorts in design order
/// (zero-padded), and the value of every factor. <see cref="Values"/> goes into <see cref="RunResult.Point"/>.
/// </summary>
public sealed class DesignPoint
{
    internal DesignPoint(int index, string label, IReadOnlyList<Factor> factors, double[] values)
    {
        Index = index;
        Label = label;
        var map = new Dictionary<string, double>(factors.Count, StringComparer.Ordinal);
        for (var i = 0; i < factors.Count; i++) map.Add(factors[i].Name, values[i]);
        Values = new ReadOnlyDictionary<string, double>(map);
        Ordered = Array.AsReadOnly(values);
    }

    /// <summary>Position in the design, 0-based.</summary>
    public int Index { get; }

    public string Label { get; }

    /// <summary>Factor name → value.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>The values in factor order.</summary>
    public IReadOnlyList<double> Ordered { get; }

    public double this[string factor] => Values[factor];

    public override string ToString() => Label;
}
