namespace ZorgzameBuurt.Sim.Tests.Scenarios;

/// <summary>Finds files of the repository (presets, schema, the broken corpus) from the test output folder.</summary>
internal static class ScenarioTestFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string ScenariosDir => Path.Combine(RepoRoot, "scenarios");

    public static string SchemaPath => Path.Combine(ScenariosDir, "scenario.schema.json");

    public static string BrokenDir => Path.Combine(RepoRoot, "tests", "ZorgzameBuurt.Sim.Tests", "Scenarios", "Broken");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ZorgzameBuurt.Sim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ZorgzameBuurt.Sim.sln not found above " + AppContext.BaseDirectory);
    }
}
