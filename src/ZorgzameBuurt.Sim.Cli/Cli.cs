using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Commands;

namespace ZorgzameBuurt.Sim.Cli;

/// <summary>The zbsim command line. Bad arguments and invalid input end in a message and exit code 2, never a stack trace.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ZorgzameBuurt.Sim: simulate caring neighbourhoods (zorgzame buurten) and compare intervention mixes.")
        {
            RunCommand.Create(stdout),
            ValidateCliCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"zbsim: {error.Message}");
            stderr.WriteLine("Try 'zbsim --help'.");
            return UsageException.ExitCode;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"zbsim: {e.Message}");
            return UsageException.ExitCode;
        }
    }
}
