using System.CommandLine;
using ZorgzameBuurt.Sim.Cli.Output;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary><c>zbsim run SCENARIO</c>: one world, one seed; prints the end-of-run indicators.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scenario = new Argument<string?>("scenario") { Description = "Scenario file or preset name (default: rural-deeldorp).", Arity = ArgumentArity.ZeroOrOne };
        var days = new Option<int?>("--days") { Description = "Days to simulate (default: the scenario's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Root seed (default: the scenario's)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads; results do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var set = new Option<string[]>("--set") { Description = "Override a scenario parameter: path=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "Print the end-of-run indicators as one JSON object." };
        var command = new Command("run", "Simulate one scenario and print its indicators.") { scenario, days, seed, threads, set, json };
        command.SetAction(result =>
        {
            var spec = ScenarioArgument.Load(result.GetValue(scenario), result.GetValue(set) ?? []);
            var t = result.GetValue(threads);
            if (t < 1) throw new UsageException($"--threads: must be at least 1, got {t}.");
            var d = result.GetValue(days) ?? spec.Days;
            if (d < 1) throw new UsageException($"--days: must be at least 1, got {d}.");
            var world = World.Create(spec, null, new WorldOptions(result.GetValue(seed), t));
            var end = world.Run(d);
            if (result.GetValue(json)) stdout.WriteLine(IndicatorJson.Write(end));
            else foreach (var (name, value) in end.Pairs()) stdout.WriteLine($"{name,-45} {value,14:G6}");
            return 0;
        });
        return command;
    }
}
