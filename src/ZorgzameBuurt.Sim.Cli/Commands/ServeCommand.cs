using System.CommandLine;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Web.Live;
using ZorgzameBuurt.Sim.Web.Workbench;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim serve [SCENARIO] [--port P] [--seed S] [--mix M] [--set path=value]</c>: opens the teaching workbench
/// on 127.0.0.1 and prints two links: the teacher's (with the session key: it controls the world) and the class's
/// (watch and click residents). Runs until Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, CliContext context)
    {
        var scenario = new Argument<string?>("scenario") { Description = "Scenario file or preset name (default: rural-deeldorp).", Arity = ArgumentArity.ZeroOrOne };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default 5123; 0 picks a free one).", DefaultValueFactory = _ => 5123 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: the scenario's)." };
        var mix = new Option<string?>("--mix") { Description = "Interventions acting from day 0 (default: the scenario's mix)." };
        var versus = new Option<string>("--versus") { Description = "Mix of the counterfactual world (default: baseline).", DefaultValueFactory = _ => "baseline" };
        var set = new Option<string[]>("--set") { Description = "Override a scenario parameter: path=value (repeatable)." };
        var command = new Command("serve", "Open the teaching workbench: a live neighbourhood in the browser.") { scenario, port, seed, mix, versus, set };
        command.SetAction(result =>
        {
            var sets = result.GetValue(set) ?? [];
            var name = result.GetValue(scenario) ?? Presets.Default;
            var spec = ScenarioArgument.Load(name, sets);
            var label = MixArgument.Normalise(result.GetValue(mix) ?? spec.Mix, "--mix");
            var other = MixArgument.Normalise(result.GetValue(versus)!, "--versus");
            MixArgument.Check(context.Interventions, [label, other], spec);
            var p = result.GetValue(port);
            if (p is < 0 or > 65535) throw new UsageException($"--port: must be between 0 and 65535, got {p}.");
            var yaml = File.Exists(name) ? File.ReadAllText(name) : Presets.Text(name)!;
            var setup = new LiveWorldSetup(File.Exists(name) ? Path.GetFileName(name) : name, yaml, sets, result.GetValue(seed), label, other);
            return Serve(stdout, new WorkbenchOptions(setup, p), context.Cancellation).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> Serve(TextWriter stdout, WorkbenchOptions options, CancellationToken cancellation)
    {
        await using var server = await WorkbenchServer.StartAsync(options, cancellation);
        stdout.WriteLine($"teacher (controls the world): {server.TeacherAddress}");
        stdout.WriteLine($"class (watch, click residents): {server.Address}");
        stdout.WriteLine("Ctrl-C stops the workbench.");
        stdout.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
