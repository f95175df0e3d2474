namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>A mix expression that cannot be resolved: unknown keys (with a did-you-mean), a cycle between named
/// mixes, or 'baseline' combined with other keys.</summary>
public sealed class MixException : Exception
{
    public MixException(string message, IReadOnlyList<string> unknownKeys) : base(message) => UnknownKeys = unknownKeys;

    public MixException(string message) : this(message, [])
    {
    }

    public MixException() : this("Invalid mix.")
    {
    }

    public MixException(string message, Exception inner) : base(message, inner) => UnknownKeys = [];

    /// <summary>The keys that are neither interventions nor named mixes.</summary>
    public IReadOnlyList<string> UnknownKeys { get; }

    internal static MixException Unknown(IReadOnlyList<string> unknown, string expression, IReadOnlyCollection<string> namedMixes)
    {
        var valid = InterventionCatalog.Keys.Concat(namedMixes.OrderBy(k => k, StringComparer.Ordinal)).ToArray();
        var parts = unknown.Select(k => DidYouMean.Find(k, valid) is { } m ? $"'{k}' (did you mean '{m}'?)" : $"'{k}'");
        var message = $"Unknown intervention{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", parts)} in mix '{expression}'. " +
                      $"Valid keys: baseline, {string.Join(", ", valid)}.";
        return new MixException(message, unknown);
    }
}
