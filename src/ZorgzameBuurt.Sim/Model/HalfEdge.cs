using System.Runtime.CompilerServices;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// One agent's side of a tie, 8 bytes: the other agent (28 bits) and the kind (4 bits), the strength at the
/// last contact quantised to 1/65535, and the day of that contact. The current strength is the stored
/// strength times the closed-form decay of the days since (see <see cref="DecayTable"/>). Immutable.
/// </summary>
public readonly struct HalfEdge
{
    private const uint IdMask = (1u << 28) - 1;
    private const float Scale = 65535f;

    private readonly uint _otherAndKind;
    private readonly ushort _strength;
    private readonly ushort _day;

    public HalfEdge(int other, TieKind kind, float strength, int day)
    {
        _otherAndKind = (uint)other | ((uint)kind << 28);
        _strength = Quantise(strength);
        _day = (ushort)day;
    }

    public int Other
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(_otherAndKind & IdMask);
    }

    public TieKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (TieKind)(_otherAndKind >> 28);
    }

    /// <summary>Strength at <see cref="Day"/>.</summary>
    public float StoredStrength
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _strength / Scale;
    }

    public int Day
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _day;
    }

    /// <summary>The largest agent id a half-edge can hold.</summary>
    public const int MaxAgents = (int)IdMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HalfEdge WithStrength(float strength, int day) => new(Other, Kind, strength, day);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Quantise(float w)
    {
        var q = w * Scale + 0.5f;
        return q <= 1f ? (ushort)1 : q >= Scale ? (ushort)65535 : (ushort)q;
    }
}
