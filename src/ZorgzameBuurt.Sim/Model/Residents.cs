namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// The census: every resident's static traits as struct-of-arrays, indexed by resident id (0..Count−1), fixed at
/// synthesis. What the world and its interventions may know of anyone (who lives where, age, traits). A resident's
/// changing state is not here: it is owned by the <see cref="ResidentBlock"/> that hosts the resident. Immutable
/// after synthesis.
/// </summary>
public sealed class Residents
{
    internal Residents(int count)
    {
        Count = count;
        Age = new AgeBand[count];
        Trait = new Traits[count];
        Street = new int[count];
        Settlement = new byte[count];
        Household = new int[count];
    }

    public int Count { get; }

    public AgeBand[] Age { get; }
    public Traits[] Trait { get; }
    public int[] Street { get; }
    public byte[] Settlement { get; }
    public int[] Household { get; }

    public bool Has(int id, Traits t) => (Trait[id] & t) != 0;

    /// <summary>What anyone sees at a glance (age band and origin, 3 bits): homophily compares these.</summary>
    public static int Looks(AgeBand age, Traits t) => (int)age | ((t & Traits.ForeignOrigin) != 0 ? 4 : 0);
}
