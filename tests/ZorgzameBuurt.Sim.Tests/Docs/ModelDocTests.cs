using System.Globalization;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;

namespace ZorgzameBuurt.Sim.Tests.Docs;

public sealed class ModelDocTests
{
    public static TheoryData<string> Roots => new() { "parameters.", "population.", "space.", "professionals", "shocks" };

    [Theory]
    [MemberData(nameof(Roots))]
    public void ModelDoc_EveryParameter_ListedWithDefaultRangeAndSource(string root)
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "model.md"));
        static string F(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);
        var missing = ScenarioParameters.Enumerate(typeof(ScenarioSpec))
            .Where(p => p.Path.StartsWith(root, StringComparison.Ordinal))
            .Select(p => $"| `{p.Path}` | {F(p.Default)} | {F(p.Attribute.Min)}–{F(p.Attribute.Max)} | {p.Attribute.Source} |")
            .Where(row => !doc.Contains(row, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "docs/model.md §8 lacks or has stale rows:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void ModelDoc_EveryModelIndicator_Defined()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "model.md"));
        foreach (var name in Indicators.IndicatorCollectorTests.ModelNames) Assert.Contains($"`{name}`", doc);
    }
}
