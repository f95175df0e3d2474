using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>Deep copies of a scenario through its canonical YAML (the form recorded with every experiment).</summary>
public static class ScenarioCopy
{
    public static string ToYaml(ScenarioSpec spec) => ScenarioWriter.ToYaml(spec);

    /// <summary>The scenario written by <see cref="ToYaml"/>; throws when the text is not a valid scenario.</summary>
    public static ScenarioSpec FromYaml(string yaml)
    {
        var loaded = ScenarioLoader.LoadText(yaml, "scenario.yaml");
        return loaded.Spec ?? throw new InvalidOperationException(
            "The canonical scenario did not load back: " + string.Join("; ", loaded.Problems));
    }

    public static ScenarioSpec Clone(ScenarioSpec spec) => FromYaml(ToYaml(spec));
}
