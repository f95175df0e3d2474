using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Experiments.Report;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Report;

/// <summary>
/// Opens the written report.html in Debian's headless Chromium (/usr/bin/chromium; `.ci/run` installs it) and checks
/// that the charts really render offline: the script's own count, no script error, no request other than the file
/// itself, and drawn pixels (including coloured data pixels) on every canvas, read back by the test.
/// </summary>
public sealed class ReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("zb-report-browser-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>Per canvas: size, non-transparent pixels and clearly coloured (data) pixels.</summary>
    private const string CanvasPixelsScript = """
        Array.from(document.querySelectorAll('figure[data-chart] canvas')).map((c) => {
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let painted = 0, colored = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] === 0) continue;
            painted++;
            if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) colored++;
          }
          return { kind: c.closest('figure').dataset.chart, width: c.width, height: c.height, painted, colored };
        })
        """;

    [Fact]
    public async Task Write_ThreeMixesOpenedInChromium_RendersEveryChartWithDrawnPixels()
    {
        var sw = Stopwatch.StartNew();
        var model = ReportTestData.Create(mixCount: 3);
        var path = Path.Combine(_dir.FullName, "report.html");
        ReportWriter.Write(model, path);
        var expected = ReportWriter.ChartCount(model);
        Assert.Equal(8, expected);

        await using var browser = await HeadlessChromium.LaunchAsync();
        var url = new Uri(path).AbsoluteUri;
        await browser.NavigateAsync(url);
        await WaitForChartsAsync(browser);

        Assert.Equal("", (await browser.EvaluateAsync("document.body.dataset.reportError || ''")).GetString());
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await browser.EvaluateAsync("document.body.dataset.chartsRendered")).GetString());

        var canvases = (await browser.EvaluateAsync(CanvasPixelsScript)).EnumerateArray().ToList();
        Assert.Equal(expected, canvases.Count);
        foreach (var c in canvases)
        {
            var total = c.GetProperty("width").GetInt32() * c.GetProperty("height").GetInt32();
            var painted = c.GetProperty("painted").GetInt32();
            var colored = c.GetProperty("colored").GetInt32();
            output.WriteLine($"{c.GetProperty("kind").GetString()}: {c.GetProperty("width")}x{c.GetProperty("height")} painted {painted} coloured {colored}");
            Assert.True(total >= 200 * 150, $"canvas too small: {c}");
            Assert.True(painted > total / 100, $"canvas nearly blank: {c}");
            Assert.True(colored > 500, $"no data drawn (coloured pixels) on canvas: {c}");
        }

        // Mix colours reach the table swatches, so the table and the legends match.
        var swatch = await browser.EvaluateAsync(
            "getComputedStyle(document.querySelector('tr[data-mix=\"restaurant\"] .swatch')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", swatch.GetString());

        var png = await browser.ScreenshotAsync();
        Assert.True(png.Length > 20_000, $"screenshot suspiciously small ({png.Length} bytes)");
        var shot = Path.Combine(Path.GetTempPath(), "zb-report-test.png");
        await File.WriteAllBytesAsync(shot, png);
        output.WriteLine($"screenshot: {shot}");

        AssertOnlyLocalRequests(browser, url);
        AssertNoScriptExceptions(browser);
        output.WriteLine($"browser test took {sw.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Write_HostileStringsOpenedInChromium_ShowsThemAsTextAndStillRenders()
    {
        const string evilTitle = "<img src=x onerror=\"document.body.dataset.pwned='1'\"> Buurt & co </script>";
        const string evilMix = "mix</script><script>document.body.dataset.pwned='2'</script>";
        var model = ReportTestData.Create(mixCount: 2, title: evilTitle, mixNames: ["baseline", evilMix]) with
        {
            Notes = ["<b onclick=x>not bold</b>"],
            Series = [],
        };
        var path = Path.Combine(_dir.FullName, "hostile.html");
        ReportWriter.Write(model, path);

        await using var browser = await HeadlessChromium.LaunchAsync();
        await browser.NavigateAsync(new Uri(path).AbsoluteUri);
        await WaitForChartsAsync(browser);

        Assert.Equal("", (await browser.EvaluateAsync("document.body.dataset.reportError || ''")).GetString());
        Assert.Equal("2", (await browser.EvaluateAsync("document.body.dataset.chartsRendered")).GetString());
        Assert.Equal("", (await browser.EvaluateAsync("document.body.dataset.pwned || ''")).GetString());
        Assert.Equal(evilTitle, (await browser.EvaluateAsync("document.querySelector('h1').textContent")).GetString());
        Assert.Equal(evilTitle, (await browser.EvaluateAsync("document.title")).GetString());
        Assert.Equal("<b onclick=x>not bold</b>", (await browser.EvaluateAsync("document.querySelector('#findings li').textContent")).GetString());
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('img, b, #findings *:not(h2):not(ul):not(li)').length")).GetInt32());
        Assert.Equal(2, (await browser.EvaluateAsync("document.scripts.length")).GetInt32());
        AssertNoScriptExceptions(browser);
    }

    private static async Task WaitForChartsAsync(HeadlessChromium browser) =>
        await HeadlessChromium.WaitUntilAsync(
            async () => (await browser.EvaluateAsync("document.body.dataset.chartsRendered || document.body.dataset.reportError || ''"))
                .GetString() is { Length: > 0 },
            TimeSpan.FromSeconds(10), "document.body.dataset.chartsRendered");

    private static void AssertOnlyLocalRequests(HeadlessChromium browser, string url)
    {
        var requests = browser.Events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString() ?? "")
            .ToList();
        Assert.Contains(url, requests);
        Assert.All(requests, r => Assert.True(r == url || r.StartsWith("data:", StringComparison.Ordinal),
            $"report made a request other than its own file: {r}"));
    }

    private static void AssertNoScriptExceptions(HeadlessChromium browser)
    {
        var thrown = browser.Events.Where(e => e.Method == "Runtime.exceptionThrown")
            .Select(e => e.Params.GetProperty("exceptionDetails").ToString())
            .ToList();
        Assert.Empty(thrown);
        var consoleErrors = browser.Events.Where(e => e.Method == "Runtime.consoleAPICalled"
                && e.Params.GetProperty("type").GetString() == "error")
            .Select(e => e.Params.ToString())
            .ToList();
        Assert.Empty(consoleErrors);
    }
}
