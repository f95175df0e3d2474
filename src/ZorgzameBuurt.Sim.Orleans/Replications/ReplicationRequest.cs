namespace ZorgzameBuurt.Sim.Orleans.Replications;

/// <summary>
/// One replication to run on a silo: the scenario as canonical YAML (ScenarioWriter), the mix expression
/// (Mixes.Parse), the seed, how many days and the snapshot interval (0: only at the end), and the per-resident
/// metrics to send back at the end (null: none). Immutable.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed record ReplicationRequest(
    [property: Id(0)] string ScenarioYaml,
    [property: Id(1)] string Mix,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] int Days,
    [property: Id(4)] int Interval,
    [property: Id(5)] string[]? ResidentMetrics = null);
