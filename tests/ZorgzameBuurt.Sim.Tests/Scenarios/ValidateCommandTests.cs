using ZorgzameBuurt.Sim.Cli.Commands;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Run_ValidPreset_ExitZeroOneOkLine()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = ValidateCommand.Run("rural-deeldorp", stdout, stderr);

        Assert.Equal(0, exit);
        var line = Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("OK rural-deeldorp: scenario 'rural-deeldorp'", line, StringComparison.Ordinal);
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Run_InvalidFile_ExitTwoEveryProblemOnStderr()
    {
        var path = Path.Combine(Path.GetTempPath(), "zb-invalid-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "parameters:\n  contact:\n    per_dy: 4\npopulation:\n  inhabitants: -5\n");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var exit = ValidateCommand.Run(path, stdout, stderr);

            Assert.Equal(2, exit);
            Assert.Equal(
                [$"{path}:3:5: parameters.contact.per_dy: unknown key 'per_dy', did you mean 'per_day'?",
                 $"{path}:5:16: population.inhabitants: -5 is out of range [20, 2000000]"],
                stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
            Assert.Empty(stdout.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_NoSuchFileOrPreset_ExitTwoWithoutStackTrace()
    {
        var stderr = new StringWriter();

        var exit = ValidateCommand.Run("no-such-scenario.yaml", new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.StartsWith("no-such-scenario.yaml:0:0: file not found", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr.ToString(), StringComparison.Ordinal);
    }
}
