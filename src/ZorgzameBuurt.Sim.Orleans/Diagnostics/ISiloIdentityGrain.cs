namespace ZorgzameBuurt.Sim.Orleans.Diagnostics;

/// <summary>A grain that tells which silo runs it: a smoke test of a cluster's placement.</summary>
public interface ISiloIdentityGrain : IGrainWithStringKey
{
    /// <summary>The identity (address and generation) of the silo hosting this activation.</summary>
    Task<string> SiloAsync();
}
