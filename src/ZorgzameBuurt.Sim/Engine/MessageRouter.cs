using System.Numerics;
using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// Sorts a round's outboxes into one inbox per block by counting sort, keeping the order of the sources
/// (sources in a fixed order, messages in emission order), so delivery order never depends on threads.
/// Messages to professionals go to a separate inbox for the professional phase. Reuses its arrays.
/// An inbox is a list of 4-byte positions into the sources (which stay untouched until delivery ends), not a copy of
/// the 24-byte messages. The sources are cut into contiguous groups that count and scatter in parallel; a group's
/// messages to a partition land after those of earlier groups, so inboxes are the same for any number of threads.
/// </summary>
public sealed class MessageRouter
{
    private readonly int _partitions;
    private readonly int _shift;
    private readonly int _blockSize;
    private readonly int _residentCount;
    private readonly int _buckets;
    private int[] _positions = new int[1024];
    private readonly int[] _start;
    private int[] _sourceStart = new int[2];
    private int[] _groupOffsets = [];
    private int[] _groupFirst = [];
    private MessageBuffer[] _sources = [];
    private int _sourceCount;
    private readonly Action<int> _count;
    private readonly Action<int> _scatter;

    /// <param name="partitions">Blocks of residents.</param>
    /// <param name="blockSize">Residents per block (the last may hold fewer).</param>
    public MessageRouter(int partitions, int blockSize, int residentCount)
    {
        _partitions = partitions;
        _blockSize = blockSize;
        _shift = BitOperations.IsPow2(blockSize) ? BitOperations.Log2((uint)blockSize) : -1;
        _residentCount = residentCount;
        _buckets = partitions + 1;
        _start = new int[_buckets + 1];
        _count = CountGroup;
        _scatter = ScatterGroup;
    }

    public MessageBuffer Professional { get; } = new();

    public void Route(IReadOnlyList<MessageBuffer> sources) => Route(sources, 1);

    /// <summary>Routes on up to <paramref name="threads"/> threads; the result does not depend on the thread count.
    /// The sources must not change until the inboxes have been delivered.</summary>
    public void Route(IReadOnlyList<MessageBuffer> sources, int threads)
    {
        var count = sources.Count;
        if (_sources.Length < count)
        {
            _sources = new MessageBuffer[count];
            _sourceStart = new int[count + 1];
        }
        var at = 0;
        for (var s = 0; s < count; s++)
        {
            _sources[s] = sources[s];
            _sourceStart[s] = at;
            at += sources[s].Count;
        }
        _sourceStart[count] = at;
        _sourceCount = count;

        var groups = threads <= 1 ? 1 : Math.Clamp(threads * 4, 1, Math.Max(1, count));
        if (_groupFirst.Length != groups + 1) _groupFirst = new int[groups + 1];
        for (var g = 0; g <= groups; g++) _groupFirst[g] = (int)((long)count * g / groups);
        if (_groupOffsets.Length < groups * _buckets) _groupOffsets = new int[groups * _buckets];
        Array.Clear(_groupOffsets, 0, groups * _buckets);

        WorkerPool.Run(threads, groups, _count);

        // Bucket-major prefix sums: partition 0 from every group in group order, then partition 1, …, then professionals.
        var total = 0;
        for (var b = 0; b < _buckets; b++)
        {
            _start[b] = total;
            for (var g = 0; g < groups; g++)
            {
                ref var slot = ref _groupOffsets[g * _buckets + b];
                var n = slot;
                slot = total;
                total += n;
            }
        }
        _start[_buckets] = total;
        if (_positions.Length < total) _positions = new int[total + (total >> 3)];

        WorkerPool.Run(threads, groups, _scatter);

        Professional.Clear();
        foreach (ref readonly var m in BucketInbox(_partitions)) Professional.Add(m);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketOf(int to) => to >= _residentCount ? _partitions : _shift >= 0 ? to >> _shift : to / _blockSize;

    private void CountGroup(int g)
    {
        var counts = _groupOffsets.AsSpan(g * _buckets, _buckets);
        for (var s = _groupFirst[g]; s < _groupFirst[g + 1]; s++)
            foreach (ref readonly var m in _sources[s].Items) counts[BucketOf(m.To)]++;
    }

    private void ScatterGroup(int g)
    {
        var fill = _groupOffsets.AsSpan(g * _buckets, _buckets);
        var positions = _positions;
        for (var s = _groupFirst[g]; s < _groupFirst[g + 1]; s++)
        {
            var position = _sourceStart[s];
            foreach (ref readonly var m in _sources[s].Items) positions[fill[BucketOf(m.To)]++] = position++;
        }
    }

    /// <summary>The messages to a partition, in delivery order.</summary>
    public Inbox InboxOf(int partition) => BucketInbox(partition);

    private Inbox BucketInbox(int bucket) =>
        new(_positions.AsSpan(_start[bucket], _start[bucket + 1] - _start[bucket]), _sources, _sourceStart.AsSpan(0, _sourceCount + 1));

    public int Total => _start[_partitions];

    /// <summary>Bytes held by the position arrays.</summary>
    public long Bytes => (long)_positions.Length * sizeof(int) + _sourceStart.Length * sizeof(int) + _groupOffsets.Length * sizeof(int);

    /// <summary>A partition's inbox: positions into the routed sources, read in order (each source front to back).</summary>
    public readonly ref struct Inbox
    {
        private readonly ReadOnlySpan<int> _positions;
        private readonly MessageBuffer[] _sources;
        private readonly ReadOnlySpan<int> _sourceStart;

        internal Inbox(ReadOnlySpan<int> positions, MessageBuffer[] sources, ReadOnlySpan<int> sourceStart)
        {
            _positions = positions;
            _sources = sources;
            _sourceStart = sourceStart;
        }

        public int Length => _positions.Length;

        public Message[] ToArray()
        {
            var a = new Message[_positions.Length];
            var i = 0;
            foreach (ref readonly var m in this) a[i++] = m;
            return a;
        }

        public Enumerator GetEnumerator() => new(_positions, _sources, _sourceStart);

        public ref struct Enumerator
        {
            private readonly ReadOnlySpan<int> _positions;
            private readonly MessageBuffer[] _sources;
            private readonly ReadOnlySpan<int> _sourceStart;
            private int _i;
            private int _source;
            private ReadOnlySpan<Message> _items;
            private int _base;
            private int _end;

            internal Enumerator(ReadOnlySpan<int> positions, MessageBuffer[] sources, ReadOnlySpan<int> sourceStart)
            {
                _positions = positions;
                _sources = sources;
                _sourceStart = sourceStart;
                _i = -1;
                _source = -1;
                _items = default;
                _base = 0;
                _end = 0;
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public bool MoveNext()
            {
                if (++_i >= _positions.Length) return false;
                if (_positions[_i] >= _end) Seek(_positions[_i]);
                return true;
            }

            /// <summary>Moves to the source holding <paramref name="position"/>: a binary search over the sources after the
            /// current one, so an inbox costs O(its messages × log sources), not O(sources) (thousands with blocks of one).</summary>
            private void Seek(int position)
            {
                int lo = _source + 1, hi = _sourceStart.Length - 2;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (_sourceStart[mid + 1] <= position) lo = mid + 1;
                    else hi = mid;
                }
                _source = lo;
                _base = _sourceStart[_source];
                _end = _sourceStart[_source + 1];
                _items = _sources[_source].Items;
            }

            public readonly ref readonly Message Current
            {
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                get => ref _items[_positions[_i] - _base];
            }
        }
    }
}
