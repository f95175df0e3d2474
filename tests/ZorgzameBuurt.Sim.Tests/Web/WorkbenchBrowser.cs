using Microsoft.Playwright;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Tests.Experiments.Report;
using ZorgzameBuurt.Sim.Web.Live;
using ZorgzameBuurt.Sim.Web.Workbench;

namespace ZorgzameBuurt.Sim.Tests.Web;

/// <summary>
/// Playwright driving Debian's Chromium (never a downloaded browser), shared by the workbench tests of one class;
/// each test starts its own workbench on 127.0.0.1 (port 0) over a small world and stops it when done.
/// </summary>
public sealed class WorkbenchBrowser : IAsyncLifetime
{
    /// <summary>Residents of the test worlds (small: the tests share a 90 s budget).</summary>
    public const int Residents = 1000;

    public const string TeacherKey = "0123456789abcdef0123456789abcdef";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(HeadlessChromium.ExecutablePath))
            Assert.Fail($"Chromium was not found at {HeadlessChromium.ExecutablePath}; `.ci/run` installs it (apt-get install chromium).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = HeadlessChromium.ExecutablePath,
            Headless = true,
            // Software WebGL (SwiftShader) for sigma's canvases; no GPU, no background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--enable-unsafe-swiftshader", "--use-angle=swiftshader"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>The setup of a small rural-deeldorp world with <paramref name="mix"/> from day 0.</summary>
    public static LiveWorldSetup Setup(string mix = "baseline", int residents = Residents) =>
        new(Presets.Default, Presets.Text(Presets.Default)!, [$"population.inhabitants={residents}"], 11, mix);

    public static Task<WorkbenchServer> StartServerAsync(string mix = "baseline", int residents = Residents) =>
        WorkbenchServer.StartAsync(new WorkbenchOptions(Setup(mix, residents), Port: 0, TeacherKey: TeacherKey));

    /// <summary>A new page (own context) on <paramref name="url"/>, waiting until the workbench has drawn its first network.</summary>
    public async Task<IPage> OpenAsync(Uri url)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await page.WaitForFunctionAsync("() => window.workbench && window.workbench.ready", null, new PageWaitForFunctionOptions { Timeout = 20000 });
        return page;
    }

    /// <summary>Saves a screenshot for docs/teaching.md under docs/images/.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var dir = Support.RepoPaths.Of("docs", "images");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name) });
    }
}
