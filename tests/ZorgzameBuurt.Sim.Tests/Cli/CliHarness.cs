using ZorgzameBuurt.Sim.Cli;
using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Cli;

/// <summary>
/// Runs zbsim in-process on a small world (400 inhabitants, a few weeks) with a temporary folder per test. The
/// intervention factory knows <c>noop</c> and <c>idle</c> (interventions that do nothing: a mix of them equals
/// baseline) on top of the normal catalogue.
/// </summary>
public abstract class CliHarness : IDisposable
{
    /// <summary>Arguments that keep a world small and short.</summary>
    protected static readonly string[] Small = ["--set", "population.inhabitants=400", "--days", "40", "--threads", "2"];

    protected CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("zb-cli-").FullName;
    }

    protected string Root { get; }

    protected string Dir(string name) => Path.Combine(Root, name);

    internal static CliContext Context(CancellationToken cancellation = default, Action<RunResult>? afterRun = null) => new()
    {
        Cancellation = cancellation,
        Interventions = Factory,
        AfterRun = afterRun,
    };

    internal static (int Exit, string Out, string Err) Zbsim(CliContext context, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = ZorgzameBuurt.Sim.Cli.Cli.Run(args, stdout, stderr, context);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    protected static (int Exit, string Out, string Err) Zbsim(params string[] args) => Zbsim(Context(), args);

    private static IReadOnlyList<IIntervention> Factory(string mix, ScenarioSpec spec)
    {
        string[] idle = ["noop", "idle"];
        var parts = mix.Split('+');
        var rest = string.Join('+', parts.Where(p => !idle.Contains(p)).DefaultIfEmpty("baseline"));
        return [.. parts.Where(idle.Contains).Select(p => new NoOp(p)), .. Mixes.Parse(rest, spec)];
    }

    private sealed class NoOp(string key) : IIntervention
    {
        public string Key => key;

        public void OnDay(InterventionContext context)
        {
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort clean-up of a temporary folder
        }
        GC.SuppressFinalize(this);
    }
}
