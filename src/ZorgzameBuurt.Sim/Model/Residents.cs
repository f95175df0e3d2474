namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Every resident's state as struct-of-arrays, indexed by resident id (0..Count−1). Static traits are public;
/// dynamic state is private to the resident and changed only while the engine delivers its messages or runs
/// its daily step, by the partition that owns it. About 110 bytes per resident.
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
        Loneliness = new float[count];
        Disposition = new float[count];
        Sociability = new float[count];
        Trust = new float[count];
        AskThreshold = new float[count];
        Skill = new float[count];
        KnowsContact = new bool[count];
        Role = new Role[count];
        Load = new float[count];
        Strain = new float[count];
        Encounters = new float[count];
        FirstLine = new int[count];
        VisitRate = new float[count];
        NeedKind = new NeedKind[count];
        NeedState = new NeedState[count];
        NeedSeverity = new float[count];
        NeedOnset = new int[count];
        NeedDue = new int[count];
        UnmetDays = new int[count];
        Sums = new float[count * SumKinds];
        SumDay = new int[count];
        CardSkill = new byte[count];
        CardFlag = new CardFlags[count];
    }

    /// <summary>Tie kinds whose strength sums a resident keeps (household … professional).</summary>
    public const int SumKinds = 6;

    public int Count { get; }

    // Public, static after synthesis.
    public AgeBand[] Age { get; }
    public Traits[] Trait { get; }
    public int[] Street { get; }
    public byte[] Settlement { get; }
    public int[] Household { get; }

    // Private dynamic state.
    internal float[] Loneliness { get; }
    internal float[] Disposition { get; }

    /// <summary>How outgoing a resident is (mean 1): scales the starting ties and the daily contact rate.</summary>
    internal float[] Sociability { get; }
    internal float[] Trust { get; }
    internal float[] AskThreshold { get; }
    internal float[] Skill { get; }
    internal bool[] KnowsContact { get; }
    internal Role[] Role { get; }
    internal float[] Load { get; }
    internal float[] Strain { get; }
    internal float[] Encounters { get; }
    internal int[] FirstLine { get; }
    internal float[] VisitRate { get; }

    // The open need (one slot: while a need is open no second one arises).
    internal NeedKind[] NeedKind { get; }
    internal NeedState[] NeedState { get; }
    internal float[] NeedSeverity { get; }
    internal int[] NeedOnset { get; }
    internal int[] NeedDue { get; }
    internal int[] UnmetDays { get; }

    /// <summary>Per-kind strength sums at <see cref="SumDay"/>, decayed in closed form like the ties.</summary>
    internal float[] Sums { get; }
    internal int[] SumDay { get; }

    // The public card, republished by the owner at the end of each delivery.
    internal byte[] CardSkill { get; }
    internal CardFlags[] CardFlag { get; }

    public bool Has(int id, Traits t) => (Trait[id] & t) != 0;

    /// <summary>Bytes held per resident by these arrays.</summary>
    public static int BytesPerResident =>
        1 + 2 + 4 + 1 + 4 + 4 * 7 + 1 + 1 + 4 * 3 + 4 + 4 + 1 + 1 + 4 * 4 + 4 * SumKinds + 4 + 1 + 1;
}
