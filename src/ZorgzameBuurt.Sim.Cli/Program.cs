using ZorgzameBuurt.Sim.Cli;

// Ctrl-C asks the running experiment to stop: finished runs are already saved, and the same command resumes.
// A second Ctrl-C ends the process at once.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (interrupt.IsCancellationRequested) return;
    e.Cancel = true;
    interrupt.Cancel();
};
return Cli.Run(args, Console.Out, Console.Error, new CliContext
{
    Cancellation = interrupt.Token,
    Interactive = !Console.IsErrorRedirected,
});
