namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>What kind of command produced an experiment; stored as lower-case text.</summary>
public enum ExperimentKind
{
    Run,
    Compare,
    Sweep,
    Patterns,
}

internal static class ExperimentKindText
{
    internal static string ToText(this ExperimentKind kind) => kind switch
    {
        ExperimentKind.Run => "run",
        ExperimentKind.Compare => "compare",
        ExperimentKind.Sweep => "sweep",
        ExperimentKind.Patterns => "patterns",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown experiment kind."),
    };

    internal static ExperimentKind Parse(string text) => text switch
    {
        "run" => ExperimentKind.Run,
        "compare" => ExperimentKind.Compare,
        "sweep" => ExperimentKind.Sweep,
        "patterns" => ExperimentKind.Patterns,
        _ => throw new ResultsStoreException($"Unknown experiment kind '{text}' in the results database."),
    };
}
