using System.Globalization;

namespace ZorgzameBuurt.Sim.Experiments.Report;

/// <summary>Number formatting of the report tables; mirrors report-web/src/format.js (chart tooltips).</summary>
internal static class ReportFormat
{
    private const string Minus = "\u2212";
    private const string Missing = "\u2013";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Decimals for a number of this size: fewer for large numbers, at least two significant digits
    /// for small ones (0.0061 stays 0.0061, not 0.01).</summary>
    private static int DecimalsFor(double abs, bool isPercent)
    {
        if (isPercent && abs >= 1) return 1;
        if (!isPercent && abs >= 100) return 0;
        if (!isPercent && abs >= 10) return 1;
        if (!isPercent && abs >= 1) return 2;
        var normal = isPercent ? 2 : 3;
        if (abs >= 0.1 || abs == 0) return normal;
        return Math.Min(8, Math.Max(normal, 1 - (int)Math.Floor(Math.Log10(abs))));
    }

    private static (bool Negative, string Text) Plain(double v, bool isShare)
    {
        var x = isShare ? v * 100 : v;
        var abs = Math.Abs(x);
        var text = abs.ToString("F" + DecimalsFor(abs, isShare).ToString(Inv), Inv);
        var isZero = double.Parse(text, Inv) == 0;
        return (x < 0 && !isZero, text);
    }

    /// <summary>A level: "12.3%" for shares, "4.56" otherwise; "–" when missing or not finite.</summary>
    public static string Value(double? v, bool isShare)
    {
        if (v is not { } d || !double.IsFinite(d)) return Missing;
        var (negative, text) = Plain(d, isShare);
        return (negative ? Minus : "") + text + (isShare ? "%" : "");
    }

    /// <summary>A difference, always signed; shares in percentage points: "−1.2 pp".</summary>
    public static string Diff(double? v, bool isShare)
    {
        if (v is not { } d || !double.IsFinite(d)) return Missing;
        var (negative, text) = Plain(d, isShare);
        var sign = double.Parse(text, Inv) == 0 ? "\u00b1" : negative ? Minus : "+";
        return sign + text + (isShare ? " pp" : "");
    }

    /// <summary>"low to high" of a level or a difference; "–" when either end is missing.</summary>
    public static string Interval(double? low, double? high, bool isShare, bool isDiff)
    {
        if (low is not { } l || high is not { } h || !double.IsFinite(l) || !double.IsFinite(h)) return Missing;
        return isDiff ? $"{Diff(l, isShare)} to {Diff(h, isShare)}" : $"{Value(l, isShare)} to {Value(h, isShare)}";
    }

    public static string Euros(double v) =>
        double.IsFinite(v) ? (v < 0 ? Minus : "") + "\u20ac" + Math.Abs(v).ToString("N0", Inv) : Missing;

    public static string Hours(double v) =>
        double.IsFinite(v) ? v.ToString("N0", Inv).Replace("-", Minus, StringComparison.Ordinal) : Missing;

    public static string Integer(int v) => v.ToString("N0", Inv);
}
