using System.Globalization;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>
/// Number formatting for terminal tables (ASCII only): shares as percentages and their differences in percentage
/// points, other numbers with a few significant digits; undefined values as "n/a".
/// </summary>
internal static class Numbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string Missing = "n/a";

    /// <summary>A raw value with up to 6 significant digits.</summary>
    public static string Plain(double v) => double.IsFinite(v) ? v.ToString("G6", Inv) : Missing;

    /// <summary>A level: "18.4%" for a share, "340,075" or "0.0516" otherwise.</summary>
    public static string Value(double v, bool share) =>
        !double.IsFinite(v) ? Missing : share ? Fixed(v * 100, true) + "%" : Fixed(v, false);

    /// <summary>A signed difference: "-1.4 pp" for a share, "+1,234" otherwise.</summary>
    public static string Diff(double v, bool share)
    {
        if (!double.IsFinite(v)) return Missing;
        var text = Fixed(Math.Abs(share ? v * 100 : v), share);
        var sign = double.Parse(text, NumberStyles.Number, Inv) == 0 ? "" : v < 0 ? "-" : "+";
        return sign + text + (share ? " pp" : "");
    }

    /// <summary>The size of a change, unsigned: "34.1 pp" for a share, "1,234" otherwise.</summary>
    public static string Magnitude(double v, bool share) => Diff(Math.Abs(v), share).TrimStart('+');

    /// <summary>"[a, b]" of a level or a difference (without units); "[n/a]" when undefined.</summary>
    public static string Interval(double low, double high, bool share, bool diff)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high)) return "[" + Missing + "]";
        string F(double x) => diff ? Diff(x, share).Replace(" pp", "", StringComparison.Ordinal) : Value(x, share).TrimEnd('%');
        return $"[{F(low)}, {F(high)}]";
    }

    public static string Euros(double v) => double.IsFinite(v) ? "EUR " + v.ToString("N0", Inv) : Missing;

    private static string Fixed(double x, bool percent)
    {
        if (Math.Abs(x) < 1e-12) x = 0; // rounding noise of a difference that is zero
        var abs = Math.Abs(x);
        var decimals = abs >= 1000 ? 0 : abs >= 100 ? (percent ? 1 : 0) : abs >= 10 ? 1 : abs >= 1 ? 2 : abs == 0 ? 1
            : Math.Min(8, Math.Max(2, 2 - (int)Math.Floor(Math.Log10(abs))));
        return x.ToString(abs >= 1000 ? "N0" : "F" + decimals.ToString(Inv), Inv);
    }
}
