using System.Runtime.CompilerServices;

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
    public int Find(int local, int other)
    {
        var span = Of(local);
        for (var i = 0; i < span.Length; i++)
            if (span[i].Other == other) return i;
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

    private void Grow(int local)
    {
        var newCap = Math.Max(4, _capacity[local] * 2);
        if (_used + newCap > _edges.Length)
        {
            if (_used - _live > _edges.Length / 2) Compact();
            if (_used + newCap > _edges.Length)
                Array.Resize(ref _edges, Math.Max(_edges.Length * 2, _used + newCap));
        }
        Array.Copy(_edges, _start[local], _edges, _used, _count[local]);
        _start[local] = _used;
        _capacity[local] = newCap;
        _used += newCap;
    }

    private void Compact()
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
}
