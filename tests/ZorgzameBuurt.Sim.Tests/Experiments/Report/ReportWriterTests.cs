using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Statistics;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Report;

public sealed class ReportWriterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("zb-report-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Write_ThreeMixes_FileHasNoExternalReferences()
    {
        var path = Path.Combine(_dir.FullName, "report.html");

        ReportWriter.Write(ReportTestData.Create(), path);

        var html = File.ReadAllText(path);
        Assert.DoesNotMatch(new Regex(@"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<link\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\b(src|href|action|poster)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"@import\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<(iframe|object|embed)\b", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Write_ThreeMixes_InlinesChartLibraryStylesAndData()
    {
        var path = Path.Combine(_dir.FullName, "report.html");

        ReportWriter.Write(ReportTestData.Create(), path);

        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Chart.js v4", html, StringComparison.Ordinal);
        Assert.Contains("chartsRendered", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/json\" id=\"report-data\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Render_ThreeMixes_HeaderShowsScenarioHashVersionRepsAndDays()
    {
        var model = ReportTestData.Create(days: 365);

        var html = ReportWriter.Render(model);

        Assert.Contains("<h1>Zorgzame buurt Noord: intervention mixes</h1>", html, StringComparison.Ordinal);
        Assert.Contains("noord-2026.yaml", html, StringComparison.Ordinal);
        Assert.Contains("sha256:3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Model version</dt><dd>0.1.0</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Replications</dt><dd>20 per mix</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Simulated days</dt><dd>365</dd>", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-22 21:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("<li>The restaurant alone helps less but costs about half as much.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LowerIsBetter_RanksLowestMeanFirst()
    {
        var html = ReportWriter.Render(ReportTestData.Create());

        Assert.Equal(["restaurant+call_round", "restaurant", "baseline"], RankingOrder(html));
    }

    [Fact]
    public void Render_HigherIsBetter_RanksHighestMeanFirst()
    {
        var model = ReportTestData.Create() with { LowerIsBetter = false };

        var html = ReportWriter.Render(model);

        Assert.Equal(["baseline", "restaurant", "restaurant+call_round"], RankingOrder(html));
        Assert.Equal(["baseline", "restaurant", "restaurant+call_round"], model.RankedMixes().Select(m => m.Mix));
    }

    [Fact]
    public void RankedMixes_MissingMean_RankedLast()
    {
        var model = ReportTestData.Create();
        model = model with { Mixes = model.Mixes.SetItem(2, model.Mixes[2] with { Mean = double.NaN }) };

        Assert.Equal(["restaurant", "baseline", "restaurant+call_round"], model.RankedMixes().Select(m => m.Mix));
    }

    [Fact]
    public void Render_ThreeMixes_RankingRowShowsIntervalsDiffVerdictCostAndEffectiveness()
    {
        var html = ReportWriter.Render(ReportTestData.Create());

        var row = RankingRow(html, "restaurant+call_round");
        Assert.Contains("<span class=\"est\">13.0%</span><span class=\"ci\">12.0% to 14.0%</span>", row, StringComparison.Ordinal);
        Assert.Contains("<span class=\"est\">\u22125.0 pp</span><span class=\"ci\">\u22125.6 pp to \u22124.4 pp</span>", row, StringComparison.Ordinal);
        Assert.Contains("Clearly better", row, StringComparison.Ordinal);
        Assert.Contains(">\u20ac41,000<", row, StringComparison.Ordinal);
        Assert.Contains(">820<", row, StringComparison.Ordinal);
        // −5 pp for 41 thousand euros: −1.2 pp per 10,000 euros.
        Assert.Contains(">\u22121.2 pp<", row, StringComparison.Ordinal);
        Assert.Contains("Change per 100 hours<span class=\"sub\">paid + volunteer</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("extra paid staff hour", html, StringComparison.Ordinal);
        Assert.Contains("reference", RankingRow(html, "baseline"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileStrings_AreHtmlEscapedEverywhere()
    {
        var evilMix = "a</script><img src=x onerror=alert(1)>";
        var model = ReportTestData.Create(
            title: "<script>alert('t')</script> & \"quotes\"",
            mixNames: ["baseline", evilMix, "restaurant+call_round"]) with
        {
            Notes = ["<b>bold</b> & co", "</style><script>alert(2)</script>"],
            ScenarioName = "<!-- comment",
        };

        var html = ReportWriter.Render(model);

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert('t')", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- comment", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;b&gt;bold&lt;/b&gt; &amp; co</li>", html, StringComparison.Ordinal);
        Assert.Contains("data-mix=\"a&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\"", html, StringComparison.Ordinal);
        // Only the two report script elements open or close, and one style element.
        Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        Assert.Equal(1, Regex.Count(html, "</style", RegexOptions.IgnoreCase));
        // The JSON blob still carries the exact strings.
        using var data = DataBlob(html);
        Assert.Equal(model.Title, data.RootElement.GetProperty("title").GetString());
        Assert.Contains(evilMix, data.RootElement.GetProperty("mixOrder").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Render_ThreeMixes_DataBlobCarriesRankedMixesSeriesAndSubgroups()
    {
        var model = ReportTestData.Create();

        using var data = DataBlob(ReportWriter.Render(model));

        var root = data.RootElement;
        Assert.Equal(["restaurant+call_round", "restaurant", "baseline"], root.GetProperty("mixOrder").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("baseline", root.GetProperty("baselineMix").GetString());
        Assert.True(root.GetProperty("lowerIsBetter").GetBoolean());
        var series = root.GetProperty("series");
        Assert.Equal(6, series.GetArrayLength());
        var point = series[3].GetProperty("mixes")[1].GetProperty("points")[2];
        var expected = model.Series[3].Mixes[1].Points[2];
        Assert.Equal(expected.Day, point.GetProperty("day").GetInt32());
        Assert.Equal(expected.Mean, point.GetProperty("mean").GetDouble());
        Assert.Equal(expected.Low, point.GetProperty("low").GetDouble());
        Assert.Equal(expected.High, point.GetProperty("high").GetDouble());
        Assert.Equal(model.SubgroupEffects.Length, root.GetProperty("subgroupEffects").GetArrayLength());
        Assert.Equal("Aged 75+", root.GetProperty("subgroupLabels").GetProperty("age_75_plus").GetString());
        Assert.True(root.GetProperty("indicators").GetProperty("lonely_share").GetProperty("isShare").GetBoolean());
    }

    [Fact]
    public void Render_NonFiniteNumbers_NullInDataAndDashInTable()
    {
        var model = ReportTestData.Create();
        model = model with
        {
            Mixes = model.Mixes.SetItem(1, model.Mixes[1] with { Mean = double.NaN, Low = double.NegativeInfinity, EffectPer1000Euros = null }),
        };

        var html = ReportWriter.Render(model);

        using var data = DataBlob(html);
        var row = data.RootElement.GetProperty("mixes").EnumerateArray().Single(m => m.GetProperty("mix").GetString() == "restaurant");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("low").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("effectPer1000Euros").ValueKind);
        Assert.DoesNotContain("NaN", Regex.Match(html, "<table class=\"ranking\">.*?</table>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", data.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("<span class=\"est\">\u2013</span><span class=\"ci\">\u2013</span>", RankingRow(html, "restaurant"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SixSeriesTwoSubgroupIndicators_LaysOutEightChartFigures()
    {
        var model = ReportTestData.Create();

        var html = ReportWriter.Render(model);

        Assert.Equal(8, ReportWriter.ChartCount(model));
        Assert.Equal(6, Regex.Count(html, "<figure class=\"chart\" data-chart=\"series\""));
        Assert.Equal(2, Regex.Count(html, "<figure class=\"chart\" data-chart=\"subgroups\""));
        Assert.Equal(8, Regex.Count(html, "<canvas "));
        Assert.Contains("<h3>Gap between need and help</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Social network and loneliness</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoSeriesNoSubgroups_HasNoChartsButKeepsTable()
    {
        var model = ReportTestData.Create() with { Series = [], SubgroupEffects = [] };

        var html = ReportWriter.Render(model);

        Assert.Equal(0, ReportWriter.ChartCount(model));
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
        Assert.Equal(3, RankingOrder(html).Count);
    }

    [Fact]
    public void Write_ExistingFileInMissingFolder_CreatesFolderAndReplacesWithoutTempFiles()
    {
        var folder = Path.Combine(_dir.FullName, "out", "run1");
        var path = Path.Combine(folder, "report.html");

        ReportWriter.Write(ReportTestData.Create(title: "first"), path);
        ReportWriter.Write(ReportTestData.Create(title: "second"), path);

        Assert.Equal(["report.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Contains("<title>second</title>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InvalidModel_ThrowsAndWritesNothing()
    {
        var path = Path.Combine(_dir.FullName, "report.html");
        var model = ReportTestData.Create() with { Replications = 0 };

        var e = Assert.Throws<ArgumentException>(() => ReportWriter.Write(model, path));

        Assert.Contains("Replications", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Validate_IntervalLowAboveHigh_ThrowsNamingTheMix()
    {
        var model = ReportTestData.Create();
        model = model with { Mixes = model.Mixes.SetItem(1, model.Mixes[1] with { Low = 0.5, High = 0.1 }) };

        var e = Assert.Throws<ArgumentException>(model.Validate);

        Assert.Contains("'restaurant'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateMix_Throws()
    {
        var model = ReportTestData.Create();
        model = model with { Mixes = model.Mixes.Add(model.Mixes[0]) };

        var e = Assert.Throws<ArgumentException>(model.Validate);

        Assert.Contains("appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeriesDaysNotIncreasing_Throws()
    {
        var model = ReportTestData.Create();
        var s = model.Series[0];
        var broken = s with { Mixes = s.Mixes.SetItem(0, s.Mixes[0] with { Points = s.Mixes[0].Points.Reverse().ToImmutableArray() }) };
        model = model with { Series = model.Series.SetItem(0, broken) };

        var e = Assert.Throws<ArgumentException>(model.Validate);

        Assert.Contains("days must increase", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoMixes_Throws()
    {
        var model = ReportTestData.Create() with { Mixes = [] };

        Assert.Throws<ArgumentException>(model.Validate);
    }

    [Fact]
    public void MixRowFrom_StatisticsSummaries_CarriesMeanIntervalsAndRatios()
    {
        var level = Summary.Of([0.12, 0.13, 0.14, 0.13]);
        var diff = Summary.Of([-0.04, -0.05, -0.06, -0.05]);
        var ce = CostEffectiveness.Compute(diff, meanExtraCostEuros: 40_000, meanExtraStaffHours: 800);

        var row = MixRow.From("restaurant", level, ce, costEuros: 40_000, staffHours: 800, volunteerHours: 120);

        Assert.Equal(0.13, row.Mean, 12);
        Assert.Equal(level.Lower, row.Low);
        Assert.Equal(level.Upper, row.High);
        Assert.Equal(-0.05, row.DiffVsBaseline!.Value, 12);
        Assert.Equal(diff.Lower, row.DiffLow);
        Assert.Equal(diff.Upper, row.DiffHigh);
        Assert.Equal(-0.05 / 40, row.EffectPer1000Euros!.Value, 12);
        Assert.Equal(-0.05 / 800, row.EffectPerStaffHour!.Value, 12);
        Assert.Null(MixRow.From("baseline", level, null, 0, 0, 0).DiffVsBaseline);
    }

    [Fact]
    public void SeriesPointFrom_SingleReplication_IntervalIsNaNAndShownAsDash()
    {
        var point = SeriesPoint.From(7, Summary.Of([0.2]));

        Assert.Equal(7, point.Day);
        Assert.Equal(0.2, point.Mean);
        Assert.True(double.IsNaN(point.Low) && double.IsNaN(point.High));
        Assert.Equal("\u2013", ReportFormat.Interval(point.Low, point.High, isShare: true, isDiff: false));
    }

    [Theory]
    [InlineData(-0.03, -0.01, true, "better")]
    [InlineData(-0.03, -0.01, false, "worse")]
    [InlineData(0.01, 0.03, true, "worse")]
    [InlineData(0.01, 0.03, false, "better")]
    [InlineData(-0.01, 0.02, true, "unclear")]
    public void Verdict_IntervalAgainstZero_MatchesDirection(double low, double high, bool lowerIsBetter, string expected)
    {
        Assert.Equal(expected, ReportWriter.Verdict(low, high, lowerIsBetter).Css);
    }

    [Fact]
    public void InlineSafe_ScriptAndCommentOpeners_AreNeutralised()
    {
        var js = "var a = '</script><b>'; var b = \"</SCRIPT>\"; var c = '<!-- x';";

        var safe = ReportWriter.InlineSafe(js, "script");

        Assert.DoesNotContain("</script", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", safe, StringComparison.Ordinal);
        Assert.Equal("var a = '<\\/script><b>'; var b = \"<\\/SCRIPT>\"; var c = '<\\!-- x';", safe);
    }

    [Fact]
    public void ReportAssets_ChartScript_IsEmbeddedEsbuildBundleOfChartJs()
    {
        var script = ReportAssets.ChartScript;

        Assert.Contains("Chart.js v4", script, StringComparison.Ordinal);
        Assert.Contains("Released under the MIT License", script, StringComparison.Ordinal);
        Assert.Contains("report-data", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"^\s*(import|export)\s", RegexOptions.Multiline), script);
        Assert.Contains("@media print", ReportAssets.Stylesheet, StringComparison.Ordinal);
    }

    private static List<string> RankingOrder(string html)
    {
        var table = Regex.Match(html, "<table class=\"ranking\">.*?</table>", RegexOptions.Singleline).Value;
        return [.. Regex.Matches(table, "<tr(?: class=\"baseline\")? data-mix=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    private static string RankingRow(string html, string mix)
    {
        var table = Regex.Match(html, "<table class=\"ranking\">.*?</table>", RegexOptions.Singleline).Value;
        return Regex.Match(table, "<tr(?: class=\"baseline\")? data-mix=\"" + Regex.Escape(mix) + "\">.*?</tr>").Value;
    }

    private static JsonDocument DataBlob(string html)
    {
        var m = Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(m.Success, "report-data block missing");
        return JsonDocument.Parse(m.Groups[1].Value);
    }
}
