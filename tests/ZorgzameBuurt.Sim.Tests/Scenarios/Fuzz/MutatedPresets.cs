using FsCheck;
using FsCheck.Fluent;

namespace ZorgzameBuurt.Sim.Tests.Scenarios.Fuzz;

/// <summary>
/// FsCheck generators of scenario text: the presets in scenarios/ mutated one to three times by truncation, deep
/// nesting, huge numbers, wrong types, binary, unicode, duplicated lines, anchors and aliases, or replaced by noise.
/// </summary>
internal static class MutatedPresets
{
    private static readonly Lazy<string[]> Texts = new(() =>
        Directory.GetFiles(ScenarioTestFiles.ScenariosDir, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    private static readonly string[] Pieces =
    [
        "\0", "\u0001", "\uFFFE", "\uD83D\uDE00", "\u202E", "é", "ŉ", "\t", "\r", "\n", "\n  ", ": ", "- ", "[", "]", "{", "}",
        ",", "'", "\"", "#", "&a ", "*a", "!!str ", "!!binary ", "? ", "|", ">", "%YAML 1.2\n", "---\n", "...\n", "<<: *a\n",
        "~", "null", "yes", "1e400", "-1", "99999999999999999999999999", "NaN", ".inf", "0x7fffffff", "1_000", "١٢٣",
    ];

    private static readonly string[] Values =
    [
        "1e400", "-1e400", "99999999999999999999", "-2147483649", "4294967296", ".nan", "-.inf", "0.0000000001", "[1, 2]",
        "{a: 1}", "yes", "~", "''", "\"\\u0000\"", "*nowhere", "&x 3", "!!int 3.5", "\u00A03", "3 # comment",
    ];

    /// <summary>A mutated preset (or noise), ready for the loader.</summary>
    public static Arbitrary<string> Arbitrary() => Text().ToArbitrary();

    private static Gen<string> Text() =>
        Gen.Frequency(
            (9, from text in Gen.Elements(Texts.Value)
                from count in Gen.Choose(1, 3)
                from mutated in Mutate(text, count)
                select mutated),
            (1, Noise()));

    private static Gen<string> Mutate(string text, int count) =>
        count == 0 ? Gen.Constant(text) : Mutation(text).SelectMany(m => Mutate(m, count - 1));

    private static Gen<string> Mutation(string text) =>
        Gen.OneOf(
            Gen.Choose(0, text.Length).Select(at => text[..at]),
            from at in Gen.Choose(0, text.Length)
            from piece in Gen.Elements(Pieces)
            select text.Insert(at, piece),
            from at in Gen.Choose(0, text.Length)
            from depth in Gen.Choose(10, 60_000)
            from open in Gen.Elements("[", "{", "- ", "{a: ", "[{b: ")
            select text.Insert(at, string.Concat(Enumerable.Repeat(open, depth))),
            from line in Gen.Choose(0, Lines(text).Length - 1)
            from value in Gen.Elements(Values)
            select ReplaceValue(text, line, value),
            from line in Gen.Choose(0, Lines(text).Length - 1)
            select Duplicate(text, line),
            from line in Gen.Choose(0, Lines(text).Length - 1)
            from other in Gen.Choose(0, Lines(text).Length - 1)
            select Alias(text, line, other));

    private static Gen<string> Noise() =>
        from length in Gen.Choose(0, 400)
        from chars in Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), length)
        select new string(chars);

    private static string[] Lines(string text) => text.Split('\n');

    private static string ReplaceValue(string text, int line, string value)
    {
        var lines = Lines(text);
        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0) lines[line] = lines[line][..(colon + 2)] + value;
        return string.Join('\n', lines);
    }

    private static string Duplicate(string text, int line)
    {
        var lines = Lines(text).ToList();
        lines.Insert(line, lines[line]);
        return string.Join('\n', lines);
    }

    /// <summary>Puts an anchor on one line's value and an alias in place of another's.</summary>
    private static string Alias(string text, int anchorLine, int aliasLine)
    {
        var lines = Lines(text);
        var a = lines[anchorLine].IndexOf(": ", StringComparison.Ordinal);
        var b = lines[aliasLine].IndexOf(": ", StringComparison.Ordinal);
        if (a >= 0) lines[anchorLine] = lines[anchorLine].Insert(a + 2, "&v ");
        if (b >= 0) lines[aliasLine] = lines[aliasLine][..(b + 2)] + "*v";
        return string.Join('\n', lines);
    }
}
