using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>A scenario that did not validate; <see cref="Problems"/> name file, line and field, as the CLI prints them.</summary>
public sealed class ScenarioRejectedException(IReadOnlyList<ScenarioProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<ScenarioProblem> Problems { get; } = problems;
}
