using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Professionals as struct-of-arrays. Agent id = resident count + index. The care directors are the hubs and
/// hold a capacity-limited FIFO queue of cases; first-line workers carry referral-card attention. Changed only
/// in the engine's professional phase, from their inbox.
/// </summary>
public sealed class Professionals
{
    internal Professionals(IReadOnlyList<(ProfessionalKind Kind, double Fte, int Settlement)> list, int firstId)
    {
        Count = list.Count;
        FirstId = firstId;
        Kind = new ProfessionalKind[Count];
        Fte = new float[Count];
        Settlement = new byte[Count];
        Skill = new float[Count];
        Attention = new float[Count];
        AttentionDay = new int[Count];
        Credit = new float[Count];
        for (var i = 0; i < Count; i++)
        {
            Kind[i] = list[i].Kind;
            Fte[i] = (float)list[i].Fte;
            Settlement[i] = (byte)list[i].Settlement;
        }
        Partnerships = new TieStore(Count, 8);
        Queues = new Queue<Case>[Count];
        for (var i = 0; i < Count; i++) Queues[i] = new Queue<Case>();
    }

    public int Count { get; }

    /// <summary>Agent id of professional 0.</summary>
    public int FirstId { get; }

    public ProfessionalKind[] Kind { get; }
    public float[] Fte { get; }
    public byte[] Settlement { get; }
    internal float[] Skill { get; }

    /// <summary>Referral-card attention in [0,1] at <see cref="AttentionDay"/>; decays with a half-life.</summary>
    internal float[] Attention { get; }
    internal int[] AttentionDay { get; }

    /// <summary>Fractional cases a hub may still take on.</summary>
    internal float[] Credit { get; }
    internal Queue<Case>[] Queues { get; }

    /// <summary>Partnership ties among professionals (local index = professional index).</summary>
    public TieStore Partnerships { get; }

    public bool IsHub(int index) => Kind[index] == ProfessionalKind.CareDirector;

    /// <summary>The indices of the hubs (care directors), in index order.</summary>
    public int[] HubIndices() => Enumerable.Range(0, Count).Where(IsHub).ToArray();

    public static bool IsFirstLine(ProfessionalKind k) =>
        k is ProfessionalKind.HomeCarer or ProfessionalKind.GeneralPractitioner or ProfessionalKind.Nurse or ProfessionalKind.Pharmacist;

    /// <summary>A case waiting in a hub's queue.</summary>
    internal readonly record struct Case(int Resident, int Enqueued, float Trust, NeedKind Need);
}
