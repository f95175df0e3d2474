namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// A parameter varied by a design: its name or scenario path (e.g. <c>interventions.hub.capacity</c>) and the
/// closed range [Min, Max] it is varied over. Designs produce real values; a consumer that needs whole numbers
/// rounds them.
/// </summary>
public readonly struct Factor
{
    public Factor(string name, double min, double max)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(min) || !double.IsFinite(max))
            throw new ArgumentOutOfRangeException(nameof(min), $"Factor '{name}' needs a finite range, got [{min}, {max}].");
        if (max < min)
            throw new ArgumentOutOfRangeException(nameof(max), $"Factor '{name}' has max {max} below min {min}.");
        Name = name;
        Min = min;
        Max = max;
    }

    public string Name { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>The value at fraction <paramref name="unit"/> ∈ [0, 1] of the range (exactly Min at 0 and Max at 1).</summary>
    public double At(double unit) => unit >= 1.0 ? Max : Min + unit * (Max - Min);

    public override string ToString() => $"{Name} [{Min}, {Max}]";
}
