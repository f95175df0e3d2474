namespace ZorgzameBuurt.Sim.Orleans.Diagnostics;

/// <summary>
/// A grain that tells which silo runs it and how many processors that silo has: a smoke test of a
/// cluster's placement, and how a client learns a silo's capacity (call it with a placement hint).
/// </summary>
public interface ISiloIdentityGrain : IGrainWithStringKey
{
    /// <summary>The identity (address and generation) of the silo hosting this activation.</summary>
    Task<string> SiloAsync();

    /// <summary>The number of processors of the silo hosting this activation.</summary>
    Task<int> ProcessorCountAsync();
}
