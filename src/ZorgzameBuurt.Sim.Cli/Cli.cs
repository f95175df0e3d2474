using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Commands;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Interventions;

namespace ZorgzameBuurt.Sim.Cli;

/// <summary>
/// The zbsim command line. Bad arguments and invalid input end in a message and exit code 2, never a stack trace;
/// an interrupted experiment (Ctrl-C) exits with 130 after saying how to resume.
/// </summary>
public static class Cli
{
    /// <summary>Exit code of an experiment stopped by Ctrl-C (128 + SIGINT); finished runs are kept.</summary>
    public const int Interrupted = 130;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, new CliContext());

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliContext context)
    {
        context = context with { CommandLine = CommandLine(args) };
        var root = new RootCommand("ZorgzameBuurt.Sim: simulate caring neighbourhoods (zorgzame buurten) and compare intervention mixes.")
        {
            RunCommand.Create(stdout, stderr, context),
            CompareCommand.Create(stdout, stderr, context),
            SweepCommand.Create(stdout, stderr, context),
            PatternsCommand.Create(stdout, stderr, context),
            ReportCommand.Create(stdout, stderr),
            ValidateCliCommand.Create(stdout, stderr),
            SiloCommand.Create(stderr, context),
            JourneyCommand.Create(stdout, context),
            ServeCommand.Create(stdout, context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"zbsim: {ParseErrors.Plain(error.Message)}");
            stderr.WriteLine("Try 'zbsim --help'.");
            return UsageException.ExitCode;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception e) when (UserError(e) is { } message)
        {
            stderr.WriteLine($"zbsim: {message}");
            return UsageException.ExitCode;
        }
        catch (Exception e) when (ClusterFault(e) is { } fault)
        {
            stderr.WriteLine($"zbsim: the Orleans cluster failed: {fault}");
            return 1;
        }
    }

    /// <summary>The first line of an Orleans failure (a silo lost, a call timed out) under any wrapping, or null.</summary>
    private static string? ClusterFault(Exception e)
    {
        for (Exception? x = e; x is not null; x = x is AggregateException a ? a.InnerExceptions[0] : x.InnerException)
            if (x is TimeoutException || x.GetType().Namespace?.StartsWith("Orleans", StringComparison.Ordinal) == true)
                return x.Message.Split('\n')[0].Trim();
        return null;
    }

    /// <summary>The arguments as one line, quoted where needed, for the record.</summary>
    private static string CommandLine(string[] args) =>
        string.Join(' ', new[] { "zbsim" }.Concat(args.Select(a =>
            a.Length > 0 && !a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or ';' or '&' or '|') ? a : "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'")));

    /// <summary>The message of an exception that is the user's to fix (bad argument, unusable output, unknown mix).</summary>
    private static string? UserError(Exception e) => e switch
    {
        UsageException u => u.Message,
        ResultsStoreException s => s.Message,
        MixException m => m.Message,
        _ => null,
    };
}
