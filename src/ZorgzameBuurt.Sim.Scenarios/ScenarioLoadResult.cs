using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>The outcome of loading a scenario: a spec when it is valid, otherwise every problem and no spec.</summary>
public sealed class ScenarioLoadResult
{
    internal ScenarioLoadResult(ScenarioSpec? spec, IReadOnlyList<ScenarioProblem> problems)
    {
        Problems = problems;
        Spec = problems.Count == 0 ? spec : null;
    }

    /// <summary>The loaded scenario; null when there is any problem (never a partial spec).</summary>
    public ScenarioSpec? Spec { get; }

    /// <summary>Every problem found, in file order where possible.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>True when the scenario loaded without a problem.</summary>
    public bool IsValid => Spec is not null;

    internal static ScenarioLoadResult Failure(ScenarioProblem problem) => new(null, [problem]);
}
