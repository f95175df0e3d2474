using Orleans.Placement;
using Orleans.Runtime;

namespace ZorgzameBuurt.Sim.Orleans.Diagnostics;

/// <summary>Answers with its silo's identity (parsable silo address); placed at random so that many keys spread over the silos.</summary>
[RandomPlacement]
public sealed class SiloIdentityGrain(ILocalSiloDetails silo) : Grain, ISiloIdentityGrain
{
    /// <inheritdoc />
    public Task<string> SiloAsync() => Task.FromResult(silo.SiloAddress.ToParsableString());

    /// <inheritdoc />
    public Task<int> ProcessorCountAsync() => Task.FromResult(Environment.ProcessorCount);
}
