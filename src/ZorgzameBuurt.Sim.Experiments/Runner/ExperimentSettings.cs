using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// The settings of an experiment as recorded (JSON) in the results store: the mixes (a sweep's one mix), the
/// reference mix differences are taken against, replications, days, snapshot interval, root seed, the --set
/// assignments, and for sweeps the design and the varied ranges. All but <see cref="Build"/> go into the
/// experiment key, so running the same command again resumes it.
/// </summary>
public sealed record ExperimentSettings
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public required IReadOnlyList<string> Mixes { get; init; }

    /// <summary>The mix that differences are taken against (mix − reference).</summary>
    public required string Reference { get; init; }

    public required int Replications { get; init; }

    public required int Days { get; init; }

    public required int Interval { get; init; }

    public required ulong Seed { get; init; }

    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Sweeps: <c>grid</c>, <c>lhs</c> or <c>morris</c>.</summary>
    public string? Design { get; init; }

    /// <summary>Sweeps: the varied parameters with their ranges, in the order given.</summary>
    public IReadOnlyList<VaryRange>? Vary { get; init; }

    /// <summary>Sweeps: grid levels per factor, or Morris levels p.</summary>
    public int? Levels { get; init; }

    /// <summary>Sweeps: Latin hypercube points, or Morris trajectories r.</summary>
    public int? Samples { get; init; }

    /// <summary>The full model build (version with source commit), for the record; not part of the key.</summary>
    public string? Build { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ExperimentSettings FromJson(string json) =>
        JsonSerializer.Deserialize<ExperimentSettings>(json, Json)
        ?? throw new ResultsStoreException("The experiment's settings are missing from the results database.");

    /// <summary>
    /// <c>kind-</c> and 16 hex digits of the SHA-256 of the kind, the scenario hash and these settings (without the
    /// build): the same command on the same scenario gets the same key.
    /// </summary>
    public string Key(ExperimentKind kind, string scenarioHash)
    {
        var identity = $"{KindText(kind)}\n{scenarioHash}\n{(this with { Build = null }).ToJson()}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return $"{KindText(kind)}-{hash[..16]}";
    }

    internal static string KindText(ExperimentKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A parameter path varied over [Min, Max] by a sweep.</summary>
public sealed record VaryRange(string Path, double Min, double Max);
