using System.Text.Encodings.Web;
using System.Text.Json;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>Writes indicators as one JSON object, in the set's stable order; NaN (nothing to measure yet) as null.</summary>
internal static class IndicatorJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One run: <c>{"day": 365, "hidden_need_share": 0.18, …}</c>.</summary>
    public static string Write(IndicatorSet set) => Json(json =>
    {
        json.WriteNumber("day", set.Day);
        foreach (var (name, value) in set.Pairs()) Number(json, name, value);
    });

    /// <summary>
    /// Several replications: <c>{"day": 365, "replications": 10, "hidden_need_share": {"mean": …, "low": …, "high": …,
    /// "sd": …, "n": 10}, …}</c>, low and high being the 95% interval of the mean.
    /// </summary>
    public static string Write(IndicatorStats stats) => Json(json =>
    {
        json.WriteNumber("day", stats.Day);
        json.WriteNumber("replications", stats.Runs);
        foreach (var name in stats.Names)
        {
            var s = stats.Summary(name);
            json.WriteStartObject(name);
            Number(json, "mean", s.Mean);
            Number(json, "low", s.Lower);
            Number(json, "high", s.Upper);
            Number(json, "sd", s.StandardDeviation);
            json.WriteNumber("n", s.N);
            json.WriteEndObject();
        }
    });

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
