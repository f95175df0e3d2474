using Orleans.Concurrency;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>
/// A world on the grains (keyed by run id): builds it from a recipe, runs its days in phases with a barrier, delivers
/// each round's messages in one batched call per receiving grain, reduces the indicators, and takes live control.
/// </summary>
public interface IWorldGrain : IGrainWithStringKey
{
    Task Create(WorldRecipe recipe);
    Task<int> Step(int days);
    Task<int> RunTo(int day);

    /// <summary>Stops a running <see cref="RunTo"/> or <see cref="Step"/> after the day in progress.</summary>
    [AlwaysInterleave]
    Task Pause();

    [AlwaysInterleave]
    Task<int> Day();

    Task<Replications.ReplicationOutcome> Indicators();

    /// <summary>The indicators with the network indicators of today's tie snapshot (the end of a run, as the engine's runs report it).</summary>
    Task<Replications.ReplicationOutcome> EndIndicators();
    Task SwitchOn(string key);
    Task SwitchOff(string key);
    Task<string[]> ActiveInterventions();
    Task LockdownNow(double contactFactor, int days);
    Task EndLockdown();
    Task CloseFacilityNow(string settlement, string facility);
    Task Trace(int resident);
    Task<JourneyWire> History(int resident);
    Task<JourneyWire> Resident(int resident);

    /// <summary>The silo (host:port) that hosts each resident block grain, in block order: where the world was placed.</summary>
    Task<string[]> Placement();
}

/// <summary>A block of residents (keyed "run/first id"; a block of one is a resident grain, volunteers included: a
/// volunteer is a resident with a role).</summary>
public interface IResidentBlockGrain : IGrainWithStringKey
{
    /// <summary>Builds the block; answers with the silo (host:port) that hosts it.</summary>
    Task<string> Start(WorldRecipe recipe, int index, int lo, int hi);
    Task<Immutable<byte[]>> Act(DayWire day);
    Task<DeliveryWire> Deliver(int round, Immutable<byte[]> inbox);
    Task<TallyWire> Tally(DayWire day);

    /// <summary>What a tie snapshot needs of each resident: her ties, whether she knows a contact person, her role.</summary>
    Task<SnapshotWire> Snapshot(DayWire day);
    Task Trace(int resident);
    Task<JourneyWire> History(int resident, DayWire day);
}

/// <summary>A professional (keyed "run/p index"): a care director's hub queue, a first-line professional's attention.</summary>
public interface IProfessionalGrain : IGrainWithStringKey
{
    Task Start(WorldRecipe recipe, int index);
    Task<ProfessionalDayWire> Work(DayWire day, Immutable<byte[]> inbox);
    Task<ProfessionalPartWire> Part(DayWire day);
}

/// <summary>A running intervention (keyed "run/i index"), holding its own state (a restaurant's tables, a call round's list).</summary>
public interface IInterventionGrain : IGrainWithStringKey
{
    Task Start(WorldRecipe recipe, string key, int index, int occurrence, DayWire day, byte[] statuses, string[] closed);
    Task<InterventionDayWire> OnDay(DayWire day, Immutable<byte[]> statuses);
    Task<EffortWire> Effort();
}
