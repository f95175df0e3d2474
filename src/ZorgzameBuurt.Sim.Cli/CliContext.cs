using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Runner;
using ZorgzameBuurt.Sim.Interventions;

namespace ZorgzameBuurt.Sim.Cli;

/// <summary>
/// What a command needs from its surroundings besides its arguments: a cancellation token (Ctrl-C), whether stderr
/// is a terminal (live progress line, else a line per batch of runs), the intervention factory, and a hook called
/// after every saved run (tests use it to interrupt an experiment part-way).
/// </summary>
internal sealed record CliContext
{
    public CancellationToken Cancellation { get; init; }

    /// <summary>True when stderr is a terminal: progress is one line rewritten in place, with an ETA.</summary>
    public bool Interactive { get; init; }

    public InterventionFactory Interventions { get; init; } = Mixes.Parse;

    /// <summary>The command line as typed (recorded with every experiment); set by <see cref="Cli.Run(string[], TextWriter, TextWriter)"/>.</summary>
    public string CommandLine { get; init; } = "zbsim";

    /// <summary>Called after each run is finished and saved, on the saving thread.</summary>
    public Action<RunResult>? AfterRun { get; init; }
}
