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
        // One library per page, each with a time limit: in a GPU-less Chromium a renderer can hold the page's only
        // thread for minutes, and a page that does not answer in time is closed (its renderer with it).
        double? sigmaMedian = null;
        foreach (var (library, rounds) in new[] { ("sigma", 10), ("cytoscape", 3), ("cytoscape-webgl", 3) })
        {
            var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 800 } });
            var page = await context.NewPageAsync();
            await page.SetContentAsync("<!DOCTYPE html><html><body></body></html>");
            await page.AddScriptTagAsync(new() { Path = bundle });
            var clock = Stopwatch.StartNew();
            var run = page.EvaluateAsync<System.Text.Json.JsonElement>($"() => window.graphBench({rounds}, '{library}')");
            if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120))) == run)
            {
                var result = await run;
                output.WriteLine($"{library} ({rounds} recolours, {clock.Elapsed.TotalSeconds:F0} s in all): {result}");
                if (library == "sigma") sigmaMedian = result.GetProperty("sigma").GetProperty("median").GetDouble();
            }
            else
            {
                output.WriteLine($"{library} ({rounds} recolours): no result within 120 s; page closed");
                _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);   // it fails when its page closes
            }
            await context.CloseAsync();
        }
        File.Delete(bundle);
        Assert.True(sigmaMedian > 0);
    }
}
