using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// The professionals as the world knows them: kind, FTE and settlement of each, fixed at synthesis. Agent id =
/// resident count + index. Their changing state (queues, attention, skill, partnerships) is owned by a
/// <see cref="ProfessionalBlock"/>. Immutable.
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
        for (var i = 0; i < Count; i++)
        {
            Kind[i] = list[i].Kind;
            Fte[i] = (float)list[i].Fte;
            Settlement[i] = (byte)list[i].Settlement;
        }
    }

    public int Count { get; }

    /// <summary>Agent id of professional 0.</summary>
    public int FirstId { get; }

    public ProfessionalKind[] Kind { get; }
    public float[] Fte { get; }
    public byte[] Settlement { get; }

    public bool IsHub(int index) => Kind[index] == ProfessionalKind.CareDirector;

    /// <summary>The indices of the hubs (care directors), in index order.</summary>
    public int[] HubIndices() => Enumerable.Range(0, Count).Where(IsHub).ToArray();

    public static bool IsFirstLine(ProfessionalKind k) =>
        k is ProfessionalKind.HomeCarer or ProfessionalKind.GeneralPractitioner or ProfessionalKind.Nurse or ProfessionalKind.Pharmacist;
}
