using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>Resolves the SCENARIO argument (a file or a preset name; the default preset when absent) and applies --set.</summary>
internal static class ScenarioArgument
{
    public static ScenarioSpec Load(string? nameOrPath, IReadOnlyList<string> assignments)
    {
        if (nameOrPath is not null && nameOrPath.StartsWith('-') && !File.Exists(nameOrPath))
            throw new UsageException($"unknown option '{nameOrPath}'. Try 'zbsim --help'.");
        var result = ScenarioLoader.Resolve(nameOrPath ?? Presets.Default);
        if (result.Spec is not { } spec) throw new UsageException(Describe(result.Problems));
        var problems = ScenarioOverrides.Apply(spec, assignments);
        if (problems.Count > 0) throw new UsageException(Describe(problems));
        return spec;
    }

    /// <summary>One problem per line; <c>file:line:column</c> only where there is a position.</summary>
    private static string Describe(IReadOnlyList<ScenarioProblem> problems) =>
        string.Join(Environment.NewLine, problems.Select(p => p.Line > 0 || p.File == ScenarioOverrides.Source ? p.ToString()
            : $"{p.File}: {(p.Field.Length > 0 ? p.Field + ": " : "")}{p.Message}"));
}
