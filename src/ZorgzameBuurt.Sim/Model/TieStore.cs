using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Adjacency of a contiguous block of agents in CSR style with room to grow: each agent owns a segment
/// [start, start+capacity) of one half-edge arena. A full segment moves to the end of the arena with double
/// the room; the arena is compacted when more than half of it is holes. One store per partition, so agents of
/// different partitions can gain ties concurrently. Not thread-safe within a store.
/// </summary>
public sealed class TieStore
{
    private HalfEdge[] _edges;
    private readonly int[] _start;
    private readonly int[] _count;
    private readonly int[] _capacity;
    private int _used;
    private long _live;

    public TieStore(int agents, int initialCapacityPerAgent = 4)
    {
        _start = new int[agents];
        _count = new int[agents];
        _capacity = new int[agents];
        _edges = new HalfEdge[Math.Max(16, agents * initialCapacityPerAgent)];
        for (var i = 0; i < agents; i++)
        {
            _start[i] = i * initialCapacityPerAgent;
            _capacity[i] = initialCapacityPerAgent;
        }
        _used = agents * initialCapacityPerAgent;
    }

    public int Agents => _start.Length;

    /// <summary>Half-edges held in all segments.</summary>
    public long LiveEdges => _live;

    /// <summary>Bytes allocated so far for arenas that grew after the store was first compacted (the network outgrew its room).</summary>
    public long GrowthBytes { get; private set; }

    /// <summary>Half-edge slots in the arena (live, room to grow, and holes).</summary>
    public long Capacity => _edges.Length;

    /// <summary>Bytes held by the arena and the segment index.</summary>
    public long Bytes => (long)_edges.Length * Unsafe.SizeOf<HalfEdge>() + _start.Length * 12L;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Count(int local) => _count[local];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<HalfEdge> Of(int local) => new(_edges, _start[local], _count[local]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref HalfEdge At(int local, int index) => ref _edges[_start[local] + index];

    /// <summary>Index of the half-edge to <paramref name="other"/>, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(int local, int other) => IndexOf(Of(local), other);

    /// <summary>A reference to the half-edge to <paramref name="other"/> (one segment lookup); a null reference and
    /// <paramref name="found"/> false if there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref HalfEdge FindRef(int local, int other, out bool found)
    {
        var edges = Of(local);
        var i = IndexOf(edges, other);
        found = i >= 0;
        return ref found ? ref Unsafe.Add(ref MemoryMarshal.GetReference(edges), i) : ref Unsafe.NullRef<HalfEdge>();
    }

    /// <summary>Index of the first half-edge to <paramref name="other"/> in <paramref name="edges"/>, or −1: compares the
    /// 28-bit agent ids of eight (or four) half-edges at a time.</summary>
    public static int IndexOf(ReadOnlySpan<HalfEdge> edges, int other)
    {
        var words = MemoryMarshal.Cast<HalfEdge, ulong>(edges);
        var target = (ulong)(uint)other;
        ref var first = ref MemoryMarshal.GetReference(words);
        var i = 0;
        if (Vector512.IsHardwareAccelerated && words.Length >= Vector512<ulong>.Count)
        {
            var mask = Vector512.Create((ulong)HalfEdge.MaxAgents);
            var wanted = Vector512.Create(target);
            for (; i <= words.Length - Vector512<ulong>.Count; i += Vector512<ulong>.Count)
            {
                var hit = Vector512.Equals(Vector512.LoadUnsafe(ref first, (nuint)i) & mask, wanted);
                if (hit != Vector512<ulong>.Zero) return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
            }
            if (i < words.Length)
            {
                // The tail: the last eight half-edges again (overlapping), when the segment holds at least eight.
                var last = words.Length - Vector512<ulong>.Count;
                var hit = Vector512.Equals(Vector512.LoadUnsafe(ref first, (nuint)last) & mask, wanted);
                return hit == Vector512<ulong>.Zero ? -1 : last + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
            }
            return -1;
        }
        if (Vector256.IsHardwareAccelerated && words.Length >= Vector256<ulong>.Count)
        {
            var mask = Vector256.Create((ulong)HalfEdge.MaxAgents);
            var wanted = Vector256.Create(target);
            for (; i <= words.Length - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
            {
                var hit = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i) & mask, wanted);
                if (hit != Vector256<ulong>.Zero) return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
            }
        }
        for (; i < words.Length; i++)
            if ((Unsafe.Add(ref first, i) & HalfEdge.MaxAgents) == target) return i;
        return -1;
    }

    public void Add(int local, in HalfEdge edge)
    {
        if (_count[local] == _capacity[local]) Grow(local);
        _edges[_start[local] + _count[local]++] = edge;
        _live++;
    }

    /// <summary>Removes by moving the last half-edge into the hole (order is not kept).</summary>
    public void RemoveAt(int local, int index)
    {
        var s = _start[local];
        var last = --_count[local];
        _edges[s + index] = _edges[s + last];
        _live--;
    }

    /// <summary>Room an agent's segment gets when a compacted store (re)places it: its half-edges plus one, plus one per sixteen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RoomFor(int count) => count + 1 + (count >> 4);

    /// <summary>
    /// A full segment moves to the free tail of the arena with more room. Before the first <see cref="Compact"/>
    /// (while a world is being built) room doubles and the arena doubles when full, so building is linear. After it,
    /// a moved segment gets a little room, and when the tail is used up the arena is compacted: every
    /// segment back in agent order, so a pass over agents reads the arena front to back. The arena grows (allocates)
    /// only when the live half-edges need more room than it has.
    /// </summary>
    private void Grow(int local)
    {
        var cap = _tight ? RoomFor(_count[local]) : Math.Max(4, _capacity[local] * 2);
        if (_used + cap > _edges.Length)
        {
            if (_tight)
            {
                Compact();
                return;
            }
            if (_used - _live > _edges.Length / 2) Pack();
            if (_used + cap > _edges.Length)
                Array.Resize(ref _edges, Math.Max(_edges.Length * 2, _used + cap));
        }
        Array.Copy(_edges, _start[local], _edges, _used, _count[local]);
        _start[local] = _used;
        _capacity[local] = cap;
        _used += cap;
    }

    private bool _tight;

    /// <summary>Loose packing while building (as many slots again as half-edges).</summary>
    private void Pack()
    {
        long need = 0;
        for (var i = 0; i < _start.Length; i++) need += Math.Max(_count[i] + 2, 4);
        var fresh = new HalfEdge[Math.Max(16, need * 2)];
        var at = 0;
        for (var i = 0; i < _start.Length; i++)
        {
            var cap = Math.Max(_count[i] + 2, 4);
            Array.Copy(_edges, _start[i], fresh, at, _count[i]);
            _start[i] = at;
            _capacity[i] = cap;
            at += cap;
        }
        _edges = fresh;
        _used = at;
    }

    /// <summary>
    /// Lays every segment out again in agent order with fresh room and a free tail of about a sixteenth of the arena.
    /// Half-edge order within a segment is kept, so indices (and results) do not change. Uses a scratch arena kept
    /// per thread, so steady-state compactions do not allocate.
    /// </summary>
    public void Compact()
    {
        long need = 0;
        for (var i = 0; i < _start.Length; i++) need += RoomFor(_count[i]);
        var size = (int)Math.Max(16, need + (need >> 4) + 16);
        var scratch = t_scratch;
        if (scratch is null || scratch.Length < Math.Max(size, _edges.Length))
        {
            t_scratch = scratch = new HalfEdge[Math.Max(size, _edges.Length) + (Math.Max(size, _edges.Length) >> 2)];
            Interlocked.Add(ref s_scratchBytes, (long)scratch.Length * Unsafe.SizeOf<HalfEdge>());
        }
        var at = 0;
        for (var i = 0; i < _start.Length; i++)
        {
            Array.Copy(_edges, _start[i], scratch, at, _count[i]);
            _start[i] = at;
            _capacity[i] = RoomFor(_count[i]);
            at += _capacity[i];
        }
        if (_edges.Length < size)
        {
            _edges = new HalfEdge[size + (size >> 2)];
            GrowthBytes += (long)_edges.Length * Unsafe.SizeOf<HalfEdge>();
        }
        else if (_edges.Length > size + (size >> 1)) _edges = new HalfEdge[size];
        Array.Copy(scratch, _edges, at);
        _used = at;
        _tight = true;
    }

    [ThreadStatic]
    private static HalfEdge[]? t_scratch;

    private static long s_scratchBytes;

    /// <summary>Bytes allocated so far, process-wide, for the per-thread compaction scratch arenas (each thread's grows
    /// with the largest store it has compacted; for benchmarks' allocation accounting).</summary>
    public static long ScratchBytes => Interlocked.Read(ref s_scratchBytes);
}
