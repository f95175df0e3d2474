namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>A set of parameter combinations to run (each usually with several replications).</summary>
public interface IDesign
{
    IReadOnlyList<Factor> Factors { get; }

    IReadOnlyList<DesignPoint> Points { get; }
}
