namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>
/// One thing wrong with a scenario, located where it was written: a file (or <c>--set</c>), a 1-based line
/// and column (0 when there is no position), the dotted snake_case field path and a message for a person.
/// </summary>
public sealed record ScenarioProblem(string File, int Line, int Column, string Field, string Message)
{
    /// <summary><c>file:line:column: field: message</c>; the field part is left out when there is none.</summary>
    public override string ToString() =>
        Field.Length == 0
            ? $"{File}:{Line}:{Column}: {Message}"
            : $"{File}:{Line}:{Column}: {Field}: {Message}";
}
