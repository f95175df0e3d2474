using System.CommandLine;
using ZorgzameBuurt.Sim.Experiments.Journeys;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim journey SCENARIO --resident ID [--mix M] [--versus baseline] [--days N] [--seed S]</c>: one resident's
/// journey with the mix and, beside it, the same resident in the same world (same seed, common random numbers)
/// with the comparison mix — the counterfactual.
/// </summary>
internal static class JourneyCommand
{
    public static Command Create(TextWriter stdout, CliContext context)
    {
        var scenario = new Argument<string?>("scenario") { Description = "Scenario file or preset name (default: rural-deeldorp).", Arity = ArgumentArity.ZeroOrOne };
        var resident = new Option<int>("--resident") { Description = "Resident id (0 .. residents−1).", Required = true };
        var mix = new Option<string?>("--mix") { Description = "Intervention mix of her world (default: the scenario's mix)." };
        var versus = new Option<string>("--versus") { Description = "Mix of the counterfactual world (default: baseline).", DefaultValueFactory = _ => "baseline" };
        var days = new Option<int?>("--days") { Description = "Days to simulate (default: the scenario's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: the scenario's)." };
        var set = new Option<string[]>("--set") { Description = "Override a scenario parameter: path=value (repeatable)." };
        var command = new Command("journey", "Follow one resident through a run, beside the same resident without the interventions.")
        {
            scenario, resident, mix, versus, days, seed, set,
        };
        command.SetAction(result =>
        {
            var sets = result.GetValue(set) ?? [];
            var name = result.GetValue(scenario);
            var spec = ScenarioArgument.Load(name, sets);
            var length = result.GetValue(days) ?? spec.Days;
            if (length is < 1 or > 36500) throw new UsageException($"--days: must be between 1 and 36500, got {length}.");
            var label = MixArgument.Normalise(result.GetValue(mix) ?? spec.Mix, "--mix");
            var other = MixArgument.Normalise(result.GetValue(versus)!, "--versus");
            MixArgument.Check(context.Interventions, [label, other], spec);
            var id = result.GetValue(resident);
            var twins = TwinWorlds.Create(() => ScenarioArgument.Load(name, sets), label, other, result.GetValue(seed) ?? spec.Seed,
                (m, s) => context.Interventions(m, s));
            if (id < 0 || id >= twins.With.Residents.Count)
                throw new UsageException($"--resident: must be between 0 and {twins.With.Residents.Count - 1}, got {id}.");
            twins.Trace(id);
            for (var d = 0; d < length; d++) twins.Step();
            foreach (var line in twins.Compare(id).Lines()) stdout.WriteLine(line);
            return 0;
        });
        return command;
    }
}
