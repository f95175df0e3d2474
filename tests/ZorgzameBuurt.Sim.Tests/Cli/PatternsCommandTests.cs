namespace ZorgzameBuurt.Sim.Tests.Cli;

public sealed class PatternsCommandTests : CliHarness
{
    [Fact]
    public void Patterns_Only1_PrintsTheRowAndPasses()
    {
        var (exit, stdout, _) = Zbsim("patterns", "--residents", "600", "--reps", "3", "--only", "1", "--threads", "2");

        Assert.Equal(0, exit);
        Assert.Matches(@"1\s+without care director\s+.*with care director.*PASS", stdout);
        Assert.Contains("1 of 1 patterns pass.", stdout);
        Assert.Contains("S000 Ch3 §5.1", stdout);
    }

    [Fact]
    public void Patterns_MechanismSwitchedOff_FailsAndExitsOne()
    {
        // Intervision that relieves no strain cannot make a difference to drop-out, so pattern 8a must fail.
        var (exit, stdout, _) = Zbsim("patterns", "--residents", "600", "--reps", "3", "--only", "8a", "--threads", "2",
            "--set", "parameters.volunteers.intervision_relief=0");

        Assert.Equal(1, exit);
        Assert.Contains("FAIL", stdout);
        Assert.Contains("0 of 1 patterns pass.", stdout);
    }

    [Theory]
    [InlineData("--reps", "1", "--reps")]
    [InlineData("--only", "4c", "unknown pattern '4c'")]
    [InlineData("--residents", "50", "--residents")]
    [InlineData("--days", "100", "at least 360 days")]
    public void Patterns_BadArgument_ExitsTwoNamingIt(string option, string value, string message)
    {
        var (exit, _, stderr) = Zbsim("patterns", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }
}
