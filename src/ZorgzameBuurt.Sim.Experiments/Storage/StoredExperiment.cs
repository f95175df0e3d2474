namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>An experiment as recorded in the store.</summary>
public sealed record StoredExperiment(long Id, ExperimentInfo Info, DateTimeOffset CreatedUtc);
