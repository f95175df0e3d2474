using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>
/// The population of a recipe, synthesised once per silo process and shared by the block, professional and
/// intervention grains it hosts (synthesis is a pure function of scenario and seed, so every silo builds the same).
/// Keeps the few most recent populations. Synthesis runs once on a thread-pool thread and every grain awaits it: the
/// hundreds of grains of a big world starting at once wait without holding a thread (blocked threads starve the
/// silo, which then misses its membership probes and is declared dead).
/// </summary>
internal static class PopulationCache
{
    private const int Keep = 4;
    private static readonly object Gate = new();
    private static readonly List<(string Key, Task<(ScenarioSpec Spec, Population Population)> Value)> Entries = [];

    public static Task<(ScenarioSpec Spec, Population Population)> GetAsync(WorldRecipe recipe)
    {
        var key = recipe.Seed + "\n" + recipe.ScenarioYaml;
        Task<(ScenarioSpec, Population)> value;
        lock (Gate)
        {
            var at = Entries.FindIndex(e => e.Key == key);
            if (at >= 0)
            {
                value = Entries[at].Value;
                Entries.RemoveAt(at);
            }
            else value = Task.Run(() => Build(recipe));
            Entries.Insert(0, (key, value));
            if (Entries.Count > Keep) Entries.RemoveAt(Entries.Count - 1);
        }
        return value;
    }

    /// <summary>A fresh scenario object of the recipe (each grain may change its own, e.g. its space).</summary>
    public static ScenarioSpec Spec(WorldRecipe recipe)
    {
        var loaded = ScenarioLoader.LoadText(recipe.ScenarioYaml, "scenario.yaml");
        return loaded.Spec ?? throw new ArgumentException("The world's scenario does not load: " + string.Join("; ", loaded.Problems), nameof(recipe));
    }

    private static (ScenarioSpec, Population) Build(WorldRecipe recipe)
    {
        var spec = Spec(recipe);
        return (spec, Population.Build(spec, recipe.Seed));
    }
}
