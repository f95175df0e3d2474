using System.Diagnostics;
using Xunit.Abstractions;

namespace ZorgzameBuurt.Sim.Tests.Web;

/// <summary>A fact that runs only when ZB_TEACHING_BENCH=1 (it takes a minute and measures, it does not test).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ZB_TEACHING_BENCH") != "1") Skip = "benchmark: set ZB_TEACHING_BENCH=1 to run";
    }
}

/// <summary>
/// The numbers of benchmarks/README.md "Teaching": server time per simulated day at 5,000 residents (live world and
/// counterfactual twin, every resident traced, indicators and the SignalR push) and the browser's frame time while
/// the network of 5,000 residents is redrawn at 10 days a second.
/// </summary>
public sealed class WorkbenchBenchmark(WorkbenchBrowser browser, ITestOutputHelper output) : IClassFixture<WorkbenchBrowser>
{
    [BenchmarkFact]
    public async Task Workbench_FiveThousandResidents_ServerDayAndBrowserFrameTimes()
    {
        await using var server = await WorkbenchBrowser.StartServerAsync("restaurant+call_round", residents: 5000);
        var page = await browser.OpenAsync(server.TeacherAddress);
        await server.Session.StepAsync(5);

        var sw = Stopwatch.StartNew();
        const int days = 60;
        await server.Session.StepAsync(days);
        var perDay = sw.Elapsed.TotalMilliseconds / days;
        var network = Stopwatch.StartNew();
        var view = await server.Session.WithWorldAsync(w => w.NetworkAsync());
        output.WriteLine($"server: {perDay:F1} ms per day (world + twin, traced, indicators, push); network snapshot + analysis {network.ElapsedMilliseconds} ms, {view.TieA.Length} ties");

        await page.EvaluateAsync("() => { window.workbench.state.frameMs.length = 0; window.workbench.state.renderMs.length = 0; }");
        var start = await page.EvaluateAsync<int>("() => window.workbench.state.drawnDay");
        await server.Session.PlayAsync(10);
        await Task.Delay(TimeSpan.FromSeconds(10));
        await server.Session.PauseAsync();
        var end = await page.EvaluateAsync<int>("() => window.workbench.state.drawnDay");
        var frames = await page.EvaluateAsync<double[]>("() => window.workbench.state.frameMs");
        var renders = await page.EvaluateAsync<double[]>("() => window.workbench.state.renderMs");
        Array.Sort(frames);
        Array.Sort(renders);
        output.WriteLine($"browser: {end - start} days drawn in 10 s at 10 days/s; frame interval median {frames[frames.Length / 2]:F1} ms, " +
                         $"p95 {frames[(int)(frames.Length * 0.95)]:F1} ms; repaint (colours+sizes+render) median {renders[renders.Length / 2]:F1} ms, " +
                         $"p95 {renders[(int)(renders.Length * 0.95)]:F1} ms over {renders.Length} repaints");
        Assert.True(end > start);
    }

    /// <summary>sigma + graphology (WebGL) against cytoscape (canvas and its WebGL renderer) on one 5,000-node graph.</summary>
    [BenchmarkFact]
    public async Task GraphLibraries_FiveThousandNodes_FirstDrawAndRecolourTimes()
    {
        var web = Support.RepoPaths.Of("src", "ZorgzameBuurt.Sim.Web", "web");
        var bundle = Path.Combine(Path.GetTempPath(), $"zb-graph-bench-{Environment.ProcessId}.js");
        var psi = new ProcessStartInfo("node", ["build.mjs", bundle, "bench/graph-bench.js"]) { WorkingDirectory = web };
        using (var node = Process.Start(psi)!) await node.WaitForExitAsync();
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><body></body></html>");
        await page.AddScriptTagAsync(new() { Path = bundle });
        var result = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.graphBench(10)");
        output.WriteLine(result.ToString());
        File.Delete(bundle);
        Assert.True(result.GetProperty("sigma").GetProperty("median").GetDouble() > 0);
    }
}
