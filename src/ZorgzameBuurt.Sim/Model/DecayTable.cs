using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Closed-form exponential decay per tie kind: factor(kind, Δdays) = 2^(−Δ/half-life), tabulated once so
/// that an untouched tie costs nothing per tick and reading its strength is one lookup. Beyond the table
/// the factor is 0 (the strength is far below any drop threshold). Immutable after construction.
/// All kinds share one flat table with a common stride; a kind's row is padded with zeros (or ones for a kind
/// that does not decay), so a lookup is one clamped index and no branch.
/// </summary>
public sealed class DecayTable
{
    private const int Kinds = 7;
    private readonly float[] _flat;
    private readonly int _stride;

    public DecayTable(Spec.TieParameters p)
    {
        double[] halfLives =
        [
            double.PositiveInfinity, p.KinHalfLife, p.NeighbourHalfLife, p.FriendHalfLife,
            p.VolunteerHalfLife, p.ProfessionalHalfLife, p.PartnershipHalfLife,
        ];
        var lengths = halfLives.Select(h => double.IsPositiveInfinity(h) ? 1 : (int)Math.Ceiling(h * 14) + 1).ToArray(); // 2^-14 < 1e-4
        _stride = lengths.Max() + 1;
        _flat = new float[Kinds * _stride];
        for (var k = 0; k < Kinds; k++)
        {
            var row = _flat.AsSpan(k * _stride, _stride);
            if (double.IsPositiveInfinity(halfLives[k]))
            {
                row.Fill(1f);
                continue;
            }
            for (var d = 0; d < lengths[k]; d++) row[d] = (float)Math.Pow(2, -d / halfLives[k]);
        }
    }

    /// <summary>The decay factor after <paramref name="days"/> days without contact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Factor(TieKind kind, int days) =>
        _flat[(int)kind * _stride + (int)Math.Min((uint)days, (uint)(_stride - 1))];

    /// <summary>The strength of a half-edge on <paramref name="today"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Strength(in HalfEdge e, int today) => e.StoredStrength * Factor(e.Kind, today - e.Day);
}
