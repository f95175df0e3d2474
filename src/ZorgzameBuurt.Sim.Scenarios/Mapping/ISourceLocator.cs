namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>Turns a field and message into a located problem (a file position, or a --set assignment).</summary>
internal interface ISourceLocator
{
    ScenarioProblem Problem(string field, string message);
}
