using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary><c>zbsim validate &lt;file-or-preset&gt;</c>: checks a scenario and prints every problem.</summary>
internal static class ValidateCommand
{
    /// <summary>Exit code for a valid scenario.</summary>
    public const int Valid = 0;

    /// <summary>Exit code for an invalid scenario (a user error, not a crash).</summary>
    public const int Invalid = 2;

    /// <summary>
    /// Loads <paramref name="fileOrPreset"/> (a path, else a preset name). Valid: one OK line on stdout, exit 0.
    /// Invalid: each problem as <c>file:line:column: field: message</c> on stderr, exit 2.
    /// </summary>
    public static int Run(string fileOrPreset, TextWriter stdout, TextWriter stderr)
    {
        var result = ScenarioLoader.Resolve(fileOrPreset);
        if (result.Spec is { } spec)
        {
            stdout.WriteLine($"OK {fileOrPreset}: scenario '{spec.Name}', {spec.Population.Inhabitants} inhabitants, {spec.Days} days, mix '{spec.Mix}', hash {ScenarioHash.Compute(spec)[..12]}");
            return Valid;
        }

        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        return Invalid;
    }
}
