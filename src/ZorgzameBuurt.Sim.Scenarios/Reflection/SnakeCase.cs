using System.Text;

namespace ZorgzameBuurt.Sim.Scenarios.Reflection;

/// <summary>
/// PascalCase → snake_case for YAML keys and enum values. Numbers are their own word when a word follows
/// (<c>Aged0To17Pct</c> → <c>aged_0_to_17_pct</c>) but stay attached at the end (<c>DensityPerKm2</c> →
/// <c>density_per_km2</c>).
/// </summary>
internal static class SnakeCase
{
    public static string From(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && IsBoundary(pascal, i))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static bool IsBoundary(string s, int i)
    {
        var c = s[i];
        var p = s[i - 1];
        if (char.IsUpper(c))
        {
            return char.IsLower(p) || char.IsDigit(p)
                || (char.IsUpper(p) && i + 1 < s.Length && char.IsLower(s[i + 1]));
        }

        return char.IsDigit(c) && char.IsLetter(p) && DigitRunIsFollowedByLetter(s, i);
    }

    private static bool DigitRunIsFollowedByLetter(string s, int i)
    {
        while (i < s.Length && char.IsDigit(s[i]))
        {
            i++;
        }

        return i < s.Length && char.IsLetter(s[i]);
    }
}
