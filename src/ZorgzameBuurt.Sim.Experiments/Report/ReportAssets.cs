namespace ZorgzameBuurt.Sim.Experiments.Report;

/// <summary>
/// The chart script and stylesheet embedded in this assembly by the build (see the ReportWeb targets in the
/// project file): the script is report-web/src bundled with Chart.js by esbuild, the stylesheet is report.css.
/// </summary>
internal static class ReportAssets
{
    internal const string ChartScriptResource = "ZorgzameBuurt.Sim.Experiments.Report.report.bundle.js";
    internal const string StylesheetResource = "ZorgzameBuurt.Sim.Experiments.Report.report.css";

    private static readonly Lazy<string> LazyChartScript = new(() => Read(ChartScriptResource));
    private static readonly Lazy<string> LazyStylesheet = new(() => Read(StylesheetResource));

    /// <summary>Bundled report script including Chart.js (classic script, IIFE).</summary>
    public static string ChartScript => LazyChartScript.Value;

    /// <summary>The report's CSS.</summary>
    public static string Stylesheet => LazyStylesheet.Value;

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{name}' is missing from {typeof(ReportAssets).Assembly.GetName().Name}; " +
                "it is produced by the build (npm ci + esbuild in report-web). Rebuild the Experiments project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
