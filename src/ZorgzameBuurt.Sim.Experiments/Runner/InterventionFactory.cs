using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Builds the interventions of a mix expression (<c>baseline</c>, <c>a+b+c</c> or a named mix of the scenario) for
/// one world. Called once per run, so every world gets fresh intervention objects.
/// </summary>
public delegate IReadOnlyList<IIntervention> InterventionFactory(string mix, ScenarioSpec spec);
