namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>The page, its style sheet and its bundled script (sigma, graphology, Chart.js, SignalR client), embedded at build.</summary>
internal static class WorkbenchAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(WorkbenchAssets).Assembly.GetManifestResourceStream($"ZorgzameBuurt.Sim.Web.{name}")
                           ?? throw new InvalidOperationException($"The workbench asset '{name}' is not embedded; the Web build bundles it (npm + esbuild).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
