using System.Xml.Linq;
using ZorgzameBuurt.Sim.Cli.Commands;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Tests.Scenarios;

namespace ZorgzameBuurt.Sim.Tests.Cli.Reliability;

/// <summary>One test per row of the input table of issue 13: each input once crashed zbsim or silently did the wrong thing.</summary>
public sealed class IssueRowTests : CliHarness
{
    private static void AssertRefused((int Exit, string Out, string Err) result, string expected)
    {
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    [InlineData("compare")]
    public void Command_FortyThousandNestedBrackets_RefusedWithPosition(string command)
    {
        var file = Dir("deep.yaml");
        File.WriteAllText(file, new string('[', 40_000));

        var result = command == "validate" ? Zbsim(command, file) : Zbsim([command, file, .. Small, "--out", Dir("out")]);

        AssertRefused(result, "deep.yaml:1:");
        Assert.Contains("nested more than", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.False(Directory.Exists(Dir("out")));
    }

    [Fact]
    public void Patterns_TwoMillionResidents_RefusedBeforeAnyRun()
    {
        AssertRefused(Zbsim("patterns", "--residents", "2000000", "--reps", "2"), "--residents 2,000,000");
        AssertRefused(Zbsim("patterns", "--residents", "50000000", "--reps", "2"), "--residents: must be between");
    }

    [Theory]
    [InlineData("100000")]
    [InlineData("1000")]
    public void Run_ThreadsFarAboveCores_Refused(string threads)
    {
        Assert.True(int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture) > OptionRanges.MaxThreads, "the test machine has fewer than 250 cores");

        AssertRefused(Zbsim("run", "--threads", threads), "--threads: must be between 1 and");
    }

    [Fact]
    public void ValidateAndRun_EmptyScenarioFile_Refused()
    {
        var file = Dir("empty.yaml");
        File.WriteAllText(file, "");

        AssertRefused(Zbsim("validate", file), "the scenario is empty");
        AssertRefused(Zbsim(["run", file, .. Small]), "the scenario is empty");
    }

    [Fact]
    public void RunAndScenario_InterventionTwiceInMix_Refused()
    {
        AssertRefused(Zbsim(["run", "--mix", "restaurant+restaurant", .. Small]), "'restaurant' is listed twice");
        AssertRefused(Zbsim(["compare", "--mixes", "baseline;call_round + call_round", .. Small, "--out", Dir("o")]), "listed twice");
        var inFile = ScenarioLoader.LoadText("name: x\nmix: restaurant+restaurant\n", "twice.yaml");
        Assert.Contains(inFile.Problems, p => p.Field == "mix" && p.Message.Contains("listed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DirectoryAsScenario_SaysItIsADirectory()
    {
        AssertRefused(Zbsim("validate", Root), "is a directory, not a scenario file");
        AssertRefused(Zbsim(["run", Root, .. Small]), "is a directory");
    }

    [Theory]
    [InlineData("--seed", "abc", "--seed: 'abc' is not a whole number")]
    [InlineData("--seed", "-1", "--seed: '-1' is not a whole number")]
    [InlineData("--reps", "99999999999", "--reps: '99999999999' is not a whole number")]
    public void Run_NonNumberForNumericOption_PlainMessage(string option, string value, string expected)
    {
        AssertRefused(Zbsim("run", option, value), expected);
    }

    [Fact]
    public void Compare_AnotherExperimentInOut_RefusedFilesKeptAndResumeContinuesIt()
    {
        string[] first = ["compare", "--mixes", "baseline;restaurant", "--reps", "2", .. Small, "--out", Dir("out")];
        Assert.Equal(0, Zbsim(first).Exit);
        var summary = File.ReadAllBytes(Path.Combine(Dir("out"), "summary.csv"));

        var other = Zbsim(["compare", "--mixes", "baseline;restaurant", "--reps", "3", .. Small, "--out", Dir("out")]);

        AssertRefused(other, "holds another experiment (compare of 'rural-deeldorp': 2 mixes x 2 replications, 40 days");
        Assert.Contains("--resume", other.Err, StringComparison.Ordinal);
        Assert.Equal(summary, File.ReadAllBytes(Path.Combine(Dir("out"), "summary.csv")));
        var again = Zbsim(first);
        Assert.Equal(0, again.Exit);
        Assert.Contains("all 4 runs were already done", again.Err, StringComparison.Ordinal);
        var resumed = Zbsim("compare", "--resume", "--out", Dir("out"), "--threads", "2");
        Assert.Equal(0, resumed.Exit);
        Assert.Contains("all 4 runs were already done", resumed.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_HundredMillionReps_PrintsSizeAndNeedsYes()
    {
        var result = Zbsim(["compare", "--reps", "100000000", .. Small, "--out", Dir("out")]);

        AssertRefused(result, "400,000,000 runs");
        Assert.Contains("add --yes", result.Err, StringComparison.Ordinal);
        Assert.Matches(@"about [\d,.]+ (years|days|hours)", result.Err);
        Assert.Matches(@"[\d.]+ (TB|GB) of results", result.Err);
        Assert.False(Directory.Exists(Dir("out")), "nothing is written before the answer");
    }

    [Fact]
    public void Compare_CorruptResultsDb_SaysWhatCanBeKeptAndNeverClaimsDone()
    {
        string[] args = ["compare", "--mixes", "baseline;restaurant", "--reps", "2", .. Small, "--out", Dir("out")];
        Assert.Equal(0, Zbsim(args).Exit);
        var db = Path.Combine(Dir("out"), "results.db");
        var bytes = File.ReadAllBytes(db);
        Array.Fill(bytes, (byte)0x5A, bytes.Length / 3, Math.Min(8192, bytes.Length / 3));
        File.WriteAllBytes(db, bytes);

        var damaged = Zbsim(args);

        AssertRefused(damaged, "results.db is damaged");
        Assert.Contains("saved runs can still be read", damaged.Err, StringComparison.Ordinal);
        Assert.Contains("move it aside", damaged.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("already done", damaged.Err, StringComparison.Ordinal);
        AssertRefused(Zbsim("report", Dir("out")), "results.db is damaged");

        File.WriteAllBytes(db, [.. "not a database at all"u8]);
        AssertRefused(Zbsim(args), "not a SQLite database");
    }

    [Fact]
    public void ExperimentsBuild_FirstBuildSteps_SayWhatTheyDo()
    {
        var project = XDocument.Load(Path.Combine(ScenarioTestFiles.RepoRoot, "src", "ZorgzameBuurt.Sim.Experiments", "ZorgzameBuurt.Sim.Experiments.csproj"));
        var npm = project.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "ReportWebNpmCi");
        var first = npm.Elements().First();

        Assert.Equal("Message", first.Name.LocalName);
        Assert.Equal("high", (string?)first.Attribute("Importance"));
        Assert.Contains(npm.Elements("Exec"), e => ((string?)e.Attribute("Command"))!.Contains("/dev/tty", StringComparison.Ordinal));
        Assert.Contains("npm ci", project.Descendants("ReportWebFirstBuildNote").Single().Value, StringComparison.Ordinal);
    }
}
