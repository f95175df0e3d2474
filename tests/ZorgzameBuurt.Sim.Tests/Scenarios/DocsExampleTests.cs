using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class DocsExampleTests
{
    [Fact]
    public void LoadText_CompleteExampleInDocs_IsValid()
    {
        var doc = File.ReadAllText(Path.Combine(ScenarioTestFiles.RepoRoot, "docs", "scenarios.md"));
        var start = doc.IndexOf("```yaml\n", doc.IndexOf("A short but complete example", StringComparison.Ordinal), StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = ScenarioLoader.LoadText(yaml, "docs/scenarios.md");

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(ProfessionalKind.HomeCarer, result.Spec!.Professionals[1].Kind);
        Assert.Equal("shop", result.Spec.Shocks.FacilityClosures[0].Facility);
    }
}
