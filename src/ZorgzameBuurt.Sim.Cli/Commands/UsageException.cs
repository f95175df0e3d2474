namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>A user error (bad argument, invalid scenario, unwritable output): printed without a stack trace, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
