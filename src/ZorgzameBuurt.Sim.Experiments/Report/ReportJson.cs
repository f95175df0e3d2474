using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZorgzameBuurt.Sim.Experiments.Report;

/// <summary>
/// The JSON blob inlined in report.html (<c>&lt;script type="application/json" id="report-data"&gt;</c>) that the
/// chart script reads. camelCase; non-finite numbers become null; the default encoder escapes &lt;, &gt;, &amp;
/// and quotes as \uXXXX, so the blob cannot close its script element.
/// </summary>
internal static class ReportJson
{
    internal static readonly JsonSerializerOptions Options = CreateOptions();

    internal sealed record Payload(
        string Title,
        string ScenarioName,
        string ScenarioHash,
        string ModelVersion,
        DateTimeOffset CreatedUtc,
        int Days,
        int Replications,
        string RankIndicator,
        bool LowerIsBetter,
        string BaselineMix,
        ImmutableArray<string> MixOrder,
        ImmutableArray<MixRow> Mixes,
        ImmutableArray<IndicatorSeries> Series,
        ImmutableArray<SubgroupEffect> SubgroupEffects,
        ImmutableArray<string> Notes,
        IReadOnlyDictionary<string, IndicatorInfo> Indicators,
        IReadOnlyDictionary<string, string> SubgroupLabels);

    public static string Serialize(ReportModel model, ImmutableArray<MixRow> ranked)
    {
        var series = OrEmpty(model.Series);
        var effects = OrEmpty(model.SubgroupEffects);
        var indicatorNames = series.Select(s => s.Indicator)
            .Concat(effects.Select(e => e.Indicator))
            .Append(model.RankIndicator)
            .Distinct(StringComparer.Ordinal);
        var indicators = new SortedDictionary<string, IndicatorInfo>(StringComparer.Ordinal);
        foreach (var name in indicatorNames) indicators[name] = ReportWriter.Describe(model, name);
        var subgroupLabels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in effects) subgroupLabels[e.Subgroup] = IndicatorCatalog.SubgroupLabel(e.Subgroup);

        var payload = new Payload(
            model.Title, model.ScenarioName, model.ScenarioHash, model.ModelVersion, model.CreatedUtc.ToUniversalTime(),
            model.Days, model.Replications, model.RankIndicator, model.LowerIsBetter, model.BaselineMix,
            [.. ranked.Select(r => r.Mix)], ranked,
            [.. series.Select(s => s with { Mixes = OrEmpty(s.Mixes).Select(m => m with { Points = OrEmpty(m.Points) }).ToImmutableArray() })],
            effects, OrEmpty(model.Notes), indicators, subgroupLabels);
        return JsonSerializer.Serialize(payload, Options);
    }

    internal static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = false };
        options.Converters.Add(new FiniteDoubleConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes NaN and ±∞ as null (JSON has no such numbers); reads null back as NaN.</summary>
    internal sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteNullValue();
        }
    }
}
