using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>Conversions between .NET values and their stored form.</summary>
internal static class SqlValues
{
    private static readonly JsonSerializerOptions PointJson = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>SQLite integers are signed 64-bit: a seed is stored as the same 64 bits.</summary>
    internal static long ToStored(ulong seed) => unchecked((long)seed);

    internal static ulong SeedFromStored(long stored) => unchecked((ulong)stored);

    /// <summary>SQLite stores NaN as NULL; read NULL back as NaN.</summary>
    internal static object ToStored(double value) => double.IsNaN(value) ? DBNull.Value : value;

    internal static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    internal static string PointToJson(IReadOnlyDictionary<string, double> point) => JsonSerializer.Serialize(point, PointJson);

    internal static Dictionary<string, double> PointFromJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(json, PointJson) ?? new Dictionary<string, double>();
}
