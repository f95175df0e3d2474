using System.Text.RegularExpressions;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>Rewrites the parser's messages that name .NET types into plain words ("--seed: 'abc' is not a whole number …").</summary>
internal static partial class ParseErrors
{
    public static string Plain(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success) return message;
        var value = match.Groups["value"].Value;
        var option = match.Groups["option"].Value;
        var type = match.Groups["type"].Value;
        var expected = type switch
        {
            _ when type.Contains("UInt64", StringComparison.Ordinal) => $"a whole number from 0 to {ulong.MaxValue}",
            _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number (within the option's range, see zbsim --help)",
            _ when type.Contains("Double", StringComparison.Ordinal) => "a number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ => "a value of the right kind (see zbsim --help)",
        };
        return $"{option}: '{value}' is not {expected}.";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command|argument) '(?<option>[^']*)' as expected type (?<type>.*)$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
