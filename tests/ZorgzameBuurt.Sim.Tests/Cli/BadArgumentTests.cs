namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed class BadArgumentTests : CliHarness
{
    public static TheoryData<string[], string> Cases => new()
    {
        { ["run", "--reps", "0"], "--reps" },
        { ["compare", "--reps", "0"], "--reps" },
        { ["sweep", "--reps", "-1", "--vary", "parameters.contact.per_day=1..6"], "--reps" },
        { ["run", "--threads", "0"], "--threads" },
        { ["run", "--days", "0"], "--days" },
        { ["run", "no-such-scenario"], "no-such-scenario" },
        { ["run", "--set", "population.inhabitants=-5"], "population.inhabitants" },
        { ["run", "--set", "parameters.contact.per_dy=4"], "per_day" },
        { ["run", "--mix", "restaurnt+"], "--mix" },
        { ["run", "--mix", "no_such_intervention"], "no_such_intervention" },
        { ["run", "--mix", "restaurnt+call_round"], "did you mean 'restaurant'?" },
        { ["compare", "--mixes", "baseline;restaurant+baseline"], "baseline" },
        { ["compare", "--mixes", "baseline;no_such_intervention"], "no_such_intervention" },
        { ["compare", "--mixes", "baseline;;noop"], "--mixes" },
        { ["compare", "--mixes", "baseline;baseline"], "twice" },
        { ["compare", "--mixes", " ; "], "--mixes" },
        { ["compare", "--rank", "hiden_need_share"], "did you mean 'hidden_need_share'" },
        { ["sweep"], "--vary" },
        { ["sweep", "--vary", "parameters.contact.per_day"], "path=min..max" },
        { ["sweep", "--vary", "parameters.contact.per_day=6..1"], "range is empty" },
        { ["sweep", "--vary", "parameters.contact.per_day=a..2"], "not a number" },
        { ["sweep", "--vary", "parameters.contact.per_dy=1..2"], "per_dy" },
        { ["sweep", "--vary", "population.inhabitants=1..500"], "population.inhabitants" },
        { ["sweep", "--vary", "name=1..2"], "name" },
        { ["sweep", "--vary", "days=10..20"], "--days" },
        { ["sweep", "--vary", "parameters.contact.per_day=1..6", "--vary", "parameters.contact.per_day=2..3"], "twice" },
        { ["sweep", "--vary", "parameters.contact.per_day=1..6", "--design", "morris", "--levels", "3"], "--levels" },
        { ["sweep", "--vary", "parameters.contact.per_day=1..6", "--design", "lhs", "--samples", "0"], "--samples" },
        { ["sweep", "--vary", "parameters.contact.per_day=1..6", "--samples", "5"], "--samples" },
        { ["sweep", "--vary", "parameters.contact.per_day=1..6", "--design", "sobol"], "sobol" },
        { ["compare", "--frobnicate"], "--frobnicate" },
        { ["compare", "--cluster", "127.0.0.1:6379"], "--cluster: cluster '127.0.0.1:6379': expected 'localhost'" },
        { ["sweep", "--vary", "parameters.contact.per_day=1..6", "--cluster", "redis://h:1?colour=red"], "unknown parameter 'colour'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Zbsim_BadArgument_ExitTwoWithMessageAndNoStackTrace(string[] args, string expected)
    {
        var (exit, stdout, stderr) = Zbsim([.. args, "--out", Dir("out")]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(Path.Combine(Dir("out"), "results.db")), "nothing is recorded for a bad command");
    }

    [Fact]
    public void Compare_UnwritableOut_ExitTwoNamingThePath()
    {
        var file = Path.Combine(Root, "a-file");
        File.WriteAllText(file, "not a folder");
        var target = Path.Combine(file, "results");

        var (exit, _, stderr) = Zbsim(["compare", .. Small, "--reps", "1", "--mixes", "baseline", "--out", target]);

        Assert.Equal(2, exit);
        Assert.Contains(target, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FolderWithoutResults_ExitTwo()
    {
        var (exit, _, stderr) = Zbsim(["report", Root]);

        Assert.Equal(2, exit);
        Assert.Contains("results.db", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Root, "results.db")));
    }
}
