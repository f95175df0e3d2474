using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

/// <summary>
/// Each Broken/*.yaml starts with one or more <c># expect: line:column: field: message</c> lines: exactly the
/// problems the loader must report, in order (the file name is prepended).
/// </summary>
public sealed class BrokenCorpusTests
{
    private const string Marker = "# expect: ";

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(ScenarioTestFiles.BrokenDir, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void Files_CorpusCoversTheBrief()
    {
        var names = Directory.GetFiles(ScenarioTestFiles.BrokenDir, "*.yaml").Select(Path.GetFileNameWithoutExtension).ToArray();

        Assert.All(
            ["unknown-key", "wrong-type", "out-of-range", "missing-settlement", "age-bands", "bad-mix", "syntax-error", "lockdown-order"],
            n => Assert.Contains(n, names));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void LoadText_BrokenFile_ReportsExactlyTheExpectedProblems(string file)
    {
        var text = File.ReadAllText(Path.Combine(ScenarioTestFiles.BrokenDir, file));
        var expected = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith(Marker, StringComparison.Ordinal))
            .Select(l => $"{file}:{l[Marker.Length..]}")
            .ToArray();
        Assert.NotEmpty(expected);

        var result = ScenarioLoader.LoadText(text, file);

        Assert.Null(result.Spec);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()));
    }
}
