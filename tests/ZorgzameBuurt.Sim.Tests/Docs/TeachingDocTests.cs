using System.Text.RegularExpressions;
using ZorgzameBuurt.Sim.Tests.Cli;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Docs;

/// <summary>docs/teaching.md's example output is what the command prints, and its screenshots exist.</summary>
public sealed partial class TeachingDocTests : CliHarness
{
    [Fact]
    public void JourneyExample_RunAsWritten_PrintsTheDocumentedLines()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "teaching.md"));
        var m = Example().Match(doc);
        Assert.True(m.Success, "docs/teaching.md lacks the zbsim journey example");
        var args = m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (exit, output, err) = Zbsim(args);
        Assert.True(exit == 0, err);
        Assert.Equal(m.Groups["out"].Value.ReplaceLineEndings("\n").TrimEnd(), output.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Images_ReferencedByTheLesson_Exist()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "teaching.md"));
        var images = Image().Matches(doc).Select(i => i.Groups[1].Value).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.True(File.Exists(RepoPaths.Of("docs", i)), $"docs/{i} is missing"));
    }

    [GeneratedRegex(@"```sh\nzbsim (?<args>journey [^\n]+)\n```\n\n```text\n(?<out>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+\.png)\)")]
    private static partial Regex Image();
}
