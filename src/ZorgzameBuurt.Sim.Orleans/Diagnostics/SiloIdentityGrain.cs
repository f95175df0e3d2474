using Orleans.Placement;

namespace ZorgzameBuurt.Sim.Orleans.Diagnostics;

/// <summary>Answers with its silo's identity; placed at random so that many keys spread over the silos.</summary>
[RandomPlacement]
public sealed class SiloIdentityGrain : Grain, ISiloIdentityGrain
{
    /// <inheritdoc />
    public Task<string> SiloAsync() => Task.FromResult(RuntimeIdentity);
}
