using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Closed-form exponential decay per tie kind: factor(kind, Δdays) = 2^(−Δ/half-life), tabulated once so
/// that an untouched tie costs nothing per tick and reading its strength is one lookup. Beyond the table
/// the factor is 0 (the strength is far below any drop threshold). Immutable after construction.
/// </summary>
public sealed class DecayTable
{
    private const int Kinds = 7;
    private readonly float[][] _factors = new float[Kinds][];

    public DecayTable(Spec.TieParameters p)
    {
        Set(TieKind.Household, double.PositiveInfinity);
        Set(TieKind.Kin, p.KinHalfLife);
        Set(TieKind.Neighbour, p.NeighbourHalfLife);
        Set(TieKind.Friend, p.FriendHalfLife);
        Set(TieKind.Volunteer, p.VolunteerHalfLife);
        Set(TieKind.Professional, p.ProfessionalHalfLife);
        Set(TieKind.Partnership, p.PartnershipHalfLife);
    }

    private void Set(TieKind kind, double halfLife)
    {
        if (double.IsPositiveInfinity(halfLife))
        {
            _factors[(int)kind] = [1f];
            return;
        }
        var length = (int)Math.Ceiling(halfLife * 14) + 1; // 2^-14 < 1e-4
        var table = new float[length];
        for (var d = 0; d < length; d++) table[d] = (float)Math.Pow(2, -d / halfLife);
        _factors[(int)kind] = table;
    }

    /// <summary>The decay factor after <paramref name="days"/> days without contact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Factor(TieKind kind, int days)
    {
        var t = _factors[(int)kind];
        if (t.Length == 1) return 1f;
        return (uint)days < (uint)t.Length ? t[days] : 0f;
    }

    /// <summary>The strength of a half-edge on <paramref name="today"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Strength(in HalfEdge e, int today) => e.StoredStrength * Factor(e.Kind, today - e.Day);
}
