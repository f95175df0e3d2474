namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>Identifies a run within an experiment: mix or design point label, and replication.</summary>
public readonly record struct RunKey(string Label, int Replication);
