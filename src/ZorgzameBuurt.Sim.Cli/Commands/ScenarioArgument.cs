using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>Resolves the SCENARIO argument (a file or a preset name; the default preset when absent) and applies --set.</summary>
internal static class ScenarioArgument
{
    public static ScenarioSpec Load(string? nameOrPath, IReadOnlyList<string> assignments)
    {
        var result = ScenarioLoader.Resolve(nameOrPath ?? Presets.Default);
        if (result.Spec is not { } spec) throw new UsageException(string.Join(Environment.NewLine, result.Problems));
        var problems = ScenarioOverrides.Apply(spec, assignments);
        if (problems.Count > 0) throw new UsageException(string.Join(Environment.NewLine, problems));
        return spec;
    }
}
