using System.Globalization;

namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>An estimate with an interval; all NaN (shown as "n/a") when it cannot be formed.</summary>
public readonly struct Ratio
{
    public Ratio(double estimate, double lower, double upper)
    {
        Estimate = estimate;
        Lower = lower;
        Upper = upper;
    }

    public static Ratio NotAvailable => new(double.NaN, double.NaN, double.NaN);

    public double Estimate { get; }

    public double Lower { get; }

    public double Upper { get; }

    public bool IsAvailable => !double.IsNaN(Estimate);

    public override string ToString() => ToString("G4");

    public string ToString(string numberFormat)
    {
        if (!IsAvailable) return "n/a";
        var c = CultureInfo.InvariantCulture;
        var interval = double.IsNaN(Lower) ? "[n/a]" : $"[{Lower.ToString(numberFormat, c)}, {Upper.ToString(numberFormat, c)}]";
        return $"{Estimate.ToString(numberFormat, c)} {interval}";
    }
}
