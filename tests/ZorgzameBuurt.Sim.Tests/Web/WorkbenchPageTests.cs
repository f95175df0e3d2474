using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Web.Live;

namespace ZorgzameBuurt.Sim.Tests.Web;

/// <summary>
/// The teaching workbench in a real browser (issue 14): offline page, drawn network, one day, live switches,
/// a resident's journey with her counterfactual, a class of browsers, upload errors, the teacher's key.
/// </summary>
public sealed class WorkbenchPageTests(WorkbenchBrowser browser, ITestOutputHelper output) : IClassFixture<WorkbenchBrowser>
{
    /// <summary>Non-transparent pixels drawn on sigma's WebGL node and edge layers (copied in the frame they render).</summary>
    private const string NetworkPixels = """
        () => {
          const s = window.workbench.state.sigma;
          s.refresh();
          let painted = 0;
          for (const c of document.querySelectorAll('#network canvas')) {
            if (!c.getContext || c.width === 0) continue;
            const copy = document.createElement('canvas');
            copy.width = c.width; copy.height = c.height;
            const g = copy.getContext('2d');
            g.drawImage(c, 0, 0);
            const d = g.getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) painted++;
          }
          return painted;
        }
        """;

    [Fact]
    public async Task Page_OpenedByTeacher_LoadsOfflineAndDrawsTheNetwork()
    {
        var sw = Stopwatch.StartNew();
        await using var server = await WorkbenchBrowser.StartServerAsync();
        var requests = new List<string>();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        context.Request += (_, r) => requests.Add(r.Url);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(server.TeacherAddress.ToString());
        await page.WaitForFunctionAsync("() => window.workbench && window.workbench.ready", null, new PageWaitForFunctionOptions { Timeout = 20000 });

        Assert.Empty(errors);
        Assert.NotEmpty(requests);
        Assert.All(requests, u => Assert.StartsWith($"{server.Address.Scheme}://{server.Address.Authority}/", u, StringComparison.Ordinal));
        var nodes = await page.EvaluateAsync<int>("() => window.workbench.state.graph.order");
        Assert.True(nodes > WorkbenchBrowser.Residents, $"graph has {nodes} nodes");
        var painted = await page.EvaluateAsync<int>(NetworkPixels);
        Assert.True(painted > 5000, $"the network canvases have only {painted} drawn pixels");
        Assert.Equal("teacher", await page.InnerTextAsync("#role"));
        await WorkbenchBrowser.SaveScreenshotAsync(page, "teaching-workbench.png");
        output.WriteLine($"{requests.Count} requests, {painted} pixels, {sw.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task OneDay_TeacherClicks_AdvancesDayCounterAndCharts()
    {
        var sw = Stopwatch.StartNew();
        await using var server = await WorkbenchBrowser.StartServerAsync();
        var page = await browser.OpenAsync(server.TeacherAddress);
        output.WriteLine($"opened {sw.ElapsedMilliseconds} ms");
        Assert.Equal("0", await page.InnerTextAsync("#day"));
        var points = "() => window.workbench.state.charts.map(c => c.data.datasets[0].data.length)";
        var before = await page.EvaluateAsync<int[]>(points);

        await page.ClickAsync("#step");
        output.WriteLine($"clicked {sw.ElapsedMilliseconds} ms");
        await page.WaitForFunctionAsync("() => document.getElementById('day').textContent === '1'");
        output.WriteLine($"day 1 {sw.ElapsedMilliseconds} ms");
        await page.ClickAsync("#step");
        await page.WaitForFunctionAsync("() => document.getElementById('day').textContent === '2'");
        output.WriteLine($"day 2 {sw.ElapsedMilliseconds} ms");

        var after = await page.EvaluateAsync<int[]>(points);
        Assert.Equal(before.Length, after.Length);
        Assert.All(after.Zip(before), p => Assert.Equal(p.Second + 2, p.First));
        var status = await server.Session.WithWorldAsync(w => w.StatusAsync());
        Assert.Equal(2, status.Day);
    }

    [Fact]
    public async Task SwitchOn_RestaurantClickedOnDay5_ChangesLaterIndicatorsOnlyAfterTheSwitch()
    {
        await using var server = await WorkbenchBrowser.StartServerAsync();
        await using var without = InProcessLiveWorld.Create(WorkbenchBrowser.Setup());
        var page = await browser.OpenAsync(server.TeacherAddress);
        var reference = new List<DayReport>();
        for (var d = 0; d < 25; d++) reference.Add(await without.StepAsync());

        var before = new List<DayReport>();
        for (var d = 0; d < 5; d++) before.Add(await server.Session.StepAsync());
        await page.CheckAsync("input[data-key=restaurant]");
        await WaitAsync(async () => (await server.Session.WithWorldAsync(w => w.StatusAsync())).Active.Contains("restaurant"));
        var with = new List<DayReport>();
        for (var d = 0; d < 20; d++) with.Add(await server.Session.StepAsync());

        var status = await server.Session.WithWorldAsync(w => w.StatusAsync());
        Assert.Equal(new LiveSwitch(5, "restaurant on"), Assert.Single(status.Switches));
        Assert.All(before.Zip(reference), p => Assert.Equal(Json(p.Second.Indicators), Json(p.First.Indicators)));
        var differs = with.Zip(reference.Skip(5)).Count(p => Json(p.First.Indicators) != Json(p.Second.Indicators));
        Assert.True(differs > 10, $"only {differs} of 20 days after the switch differ from the run without the restaurant");
        await page.WaitForFunctionAsync("() => window.workbench.state.status.switches.length === 1");
    }

    [Fact]
    public async Task ClickResident_AfterSixtyDaysWithMix_OpensJourneyWithCounterfactual()
    {
        await using var server = await WorkbenchBrowser.StartServerAsync("restaurant+call_round+caring_neighbours");
        await server.Session.StepAsync(60);
        var page = await browser.OpenAsync(server.TeacherAddress);
        // A resident whose need arose in both worlds: her journey has something to compare.
        var resident = await FindResidentWithNeedAsync(server);
        var point = await page.EvaluateAsync<JsonElement>(
            $"() => window.workbench.state.sigma.graphToViewport(window.workbench.state.graph.getNodeAttributes('{resident}'))");
        var box = await page.Locator("#network").BoundingBoxAsync();
        await page.Mouse.ClickAsync((float)(box!.X + point.GetProperty("x").GetDouble()), (float)(box.Y + point.GetProperty("y").GetDouble()));

        await page.WaitForSelectorAsync("#resident:not(.hidden)");
        var shown = int.Parse(await page.InnerTextAsync("#resident-id"), System.Globalization.CultureInfo.InvariantCulture);
        var view = await server.Session.WithWorldAsync(w => w.ResidentAsync(shown));
        Assert.Contains("without: baseline", await page.InnerTextAsync("#without-title"), StringComparison.Ordinal);
        Assert.Contains("with restaurant+call_round+caring_neighbours", await page.InnerTextAsync("#with-title"), StringComparison.Ordinal);
        Assert.Contains(view.Summary[1], await page.InnerTextAsync("#resident-summary"), StringComparison.Ordinal);
        var items = await page.Locator("#timeline-without li").CountAsync();
        Assert.True(items >= 1);
        await WorkbenchBrowser.SaveScreenshotAsync(page, "teaching-resident.png");
    }

    [Fact]
    public async Task SecondBrowser_Student_SeesTheSameDayAndCannotControl()
    {
        await using var server = await WorkbenchBrowser.StartServerAsync();
        var teacher = await browser.OpenAsync(server.TeacherAddress);
        var student = await browser.OpenAsync(server.Address);
        Assert.Equal("student (watching)", await student.InnerTextAsync("#role"));
        Assert.False(await student.IsVisibleAsync("#controls"));

        await teacher.ClickAsync("#step");
        await teacher.ClickAsync("#step");
        await teacher.ClickAsync("#step");
        await student.WaitForFunctionAsync("() => document.getElementById('day').textContent === '3'");

        var refused = await student.EvaluateAsync<int>("() => fetch('/api/step', { method: 'POST' }).then(r => r.status)");
        Assert.Equal(403, refused);
        var forged = await student.EvaluateAsync<int>("() => fetch('/api/switch', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Session-Key': 'guess' }, body: JSON.stringify({ key: 'restaurant', on: true }) }).then(r => r.status)");
        Assert.Equal(403, forged);
        Assert.Equal(3, (await server.Session.WithWorldAsync(w => w.StatusAsync())).Day);
        Assert.Empty((await server.Session.WithWorldAsync(w => w.StatusAsync())).Active);
        // A student may still open any resident.
        Assert.Equal(200, await student.EvaluateAsync<int>("() => fetch('/api/resident/3').then(r => r.status)"));
    }

    [Fact]
    public async Task Upload_BrokenScenario_ShowsItsLineAndFieldAndKeepsTheWorld()
    {
        await using var server = await WorkbenchBrowser.StartServerAsync();
        await server.Session.StepAsync(4);
        var page = await browser.OpenAsync(server.TeacherAddress);
        var yaml = "name: broken\npopulation:\n  inhabitants: -5\n"u8.ToArray();
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "broken.yaml", MimeType = "application/x-yaml", Buffer = yaml });

        await page.WaitForFunctionAsync("() => document.getElementById('errors').textContent.length > 0");
        var text = await page.InnerTextAsync("#errors");
        Assert.Contains("broken.yaml:3:", text, StringComparison.Ordinal);
        Assert.Contains("population.inhabitants", text, StringComparison.Ordinal);
        Assert.Equal(4, (await server.Session.WithWorldAsync(w => w.StatusAsync())).Day);
    }

    private static async Task<int> FindResidentWithNeedAsync(Sim.Web.Workbench.WorkbenchServer server)
    {
        for (var id = 0; id < 400; id++)
        {
            var v = await server.Session.WithWorldAsync(w => w.ResidentAsync(id));
            if (v.Timeline.Any(e => e.Contains("need arose", StringComparison.Ordinal)) && v.HiddenDaysWith != v.HiddenDaysWithout) return id;
        }
        throw new InvalidOperationException("no resident with a need in 60 days");
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var sw = Stopwatch.StartNew();
        while (!await condition())
        {
            if (sw.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("condition not met in 10 s");
            await Task.Delay(25);
        }
    }
}
