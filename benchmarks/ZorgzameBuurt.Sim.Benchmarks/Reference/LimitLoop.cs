using System.Runtime.InteropServices;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Benchmarks.Reference;

/// <summary>
/// The limit loop: the memory traffic of one engine tick with no model logic and no random numbers, replayed on
/// the world's own arrays. It records one real day of the engine (who contacted whom, over which tie slot), then
/// each replay (1) walks the residents in order reading and writing the fields a daily step touches, reads the
/// picked half-edge and both public cards and writes the day's 24-byte messages into per-partition outboxes;
/// (2) counting-sorts them into per-partition inboxes; (3) for every message scans the receiver's tie segment for
/// the sender, rewrites the half-edge and the receiver's strength sums; (4) republishes every card. Values are
/// written back unchanged, so replays do not alter the world. This is the ceiling for this machine: the engine
/// cannot do the same tick with less memory work.
/// </summary>
public sealed class LimitLoop
{
    private readonly World _world;
    private readonly Residents _r;
    private readonly Partition[] _partitions;
    private readonly Message[][] _trace;     // per partition: the act-phase messages of the recorded day
    private readonly int[][] _tieSlot;       // per partition, per message: the sender's tie slot, or −1
    private readonly int[] _emitStart;       // per resident: first message it emitted, within its partition
    private readonly Message[][] _outbox;
    private int[] _inbox = new int[1024];
    private readonly int[] _outboxStart;
    private readonly int[] _start;
    private readonly int[] _fill;
    private long _sink;

    public LimitLoop(World world)
    {
        _world = world;
        _r = world.Residents;
        _partitions = [.. world.Partitions];
        world.Step();
        var n = _r.Count;
        _trace = new Message[_partitions.Length][];
        _tieSlot = new int[_partitions.Length][];
        _outbox = new Message[_partitions.Length][];
        _emitStart = new int[n + 1];
        for (var pi = 0; pi < _partitions.Length; pi++)
        {
            var p = _partitions[pi];
            var msgs = p.Outbox.Items.ToArray();
            _trace[pi] = msgs;
            _outbox[pi] = new Message[msgs.Length];
            var slots = new int[msgs.Length];
            var emitter = new int[msgs.Length];
            for (var k = 0; k < msgs.Length;)
            {
                var m = msgs[k];
                if (m.From >= n || m.From < p.Lo || m.From >= p.Hi || k + 1 >= msgs.Length)
                {
                    emitter[k] = m.To;
                    slots[k] = -1;
                    k++;
                    continue;
                }
                emitter[k] = emitter[k + 1] = m.From;
                slots[k] = p.Ties.Find(m.From - p.Lo, m.To);
                slots[k + 1] = -1;
                k += 2;
            }
            _tieSlot[pi] = slots;
            var at = 0;
            for (var id = p.Lo; id < p.Hi; id++)
            {
                while (at < msgs.Length && emitter[at] < id) at++;
                _emitStart[id] = at;
            }
        }
        _outboxStart = new int[_partitions.Length + 1];
        for (var pi = 0; pi < _partitions.Length; pi++) _outboxStart[pi + 1] = _outboxStart[pi] + _trace[pi].Length;
        _start = new int[_partitions.Length + 1];
        _fill = new int[_partitions.Length];
    }

    /// <summary>Messages replayed per tick (act-phase messages of the recorded day).</summary>
    public long MessagesPerTick => _trace.Sum(t => (long)t.Length);

    public long Sink => _sink;

    /// <summary>One replayed tick; partitions run in parallel on <paramref name="threads"/> threads like the engine's phases.</summary>
    public void Tick(int threads = 1)
    {
        if (threads <= 1)
            for (var pi = 0; pi < _partitions.Length; pi++) Act(pi);
        else Parallel.For(0, _partitions.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, Act);
        Route();
        if (threads <= 1)
            for (var pi = 0; pi < _partitions.Length; pi++) Deliver(pi);
        else Parallel.For(0, _partitions.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, Deliver);
    }

    private void Act(int pi)
    {
        var p = _partitions[pi];
        var r = _r;
        var trace = _trace[pi];
        var slots = _tieSlot[pi];
        var outbox = _outbox[pi];
        var sums = r.Sums;
        var ties = p.Ties;
        long sink = 0;
        var n = r.Count;
        var end = _emitStart[p.Lo];
        for (var id = p.Lo; id < p.Hi; id++)
        {
            // The resident's own fields (aging sums, need, loneliness, withdrawal, mobility, visits).
            var row = id * Residents.SumKinds;
            for (var k = 1; k < Residents.SumKinds; k++) sums[row + k] = sums[row + k];
            r.SumDay[id] = r.SumDay[id];
            sink += (byte)r.NeedState[id] + (int)r.Trait[id] + (byte)r.Age[id] + (byte)r.Role[id] + r.FirstLine[id];
            r.Loneliness[id] = r.Loneliness[id] + 0f * (r.Sociability[id] + r.Disposition[id] + r.VisitRate[id] + sums[row]);
            r.Encounters[id] = r.Encounters[id];
            var begin = end;
            end = id + 1 < p.Hi ? _emitStart[id + 1] : trace.Length;
            for (var k = begin; k < end; k++)
            {
                var m = trace[k];
                var slot = slots[k];
                if (slot >= 0) sink += ties.At(id - p.Lo, slot).Day;
                if (m.From < n) sink += (byte)r.CardFlag[m.From] + r.CardSkill[m.From];
                outbox[k] = m;
            }
        }
        Interlocked.Add(ref _sink, sink);
    }

    private void Route()
    {
        var shift = World.PartitionShift;
        var n = _r.Count;
        Array.Clear(_start);
        var total = 0;
        foreach (var box in _outbox)
            foreach (ref readonly var m in box.AsSpan())
            {
                if (m.To >= n) continue;
                _start[(m.To >> shift) + 1]++;
                total++;
            }
        for (var p = 0; p < _fill.Length; p++) _start[p + 1] += _start[p];
        if (_inbox.Length < total) _inbox = new int[total];
        Array.Copy(_start, _fill, _fill.Length);
        for (var pi = 0; pi < _outbox.Length; pi++)
        {
            var position = _outboxStart[pi];
            foreach (ref readonly var m in _outbox[pi].AsSpan())
            {
                if (m.To < n) _inbox[_fill[m.To >> shift]++] = position;
                position++;
            }
        }
    }

    private void Deliver(int pi)
    {
        var p = _partitions[pi];
        var r = _r;
        var sums = r.Sums;
        var ties = p.Ties;
        long sink = 0;
        var source = 0;
        foreach (var position in _inbox.AsSpan(_start[pi], _start[pi + 1] - _start[pi]))
        {
            while (position >= _outboxStart[source + 1]) source++;
            ref readonly var m = ref _outbox[source][position - _outboxStart[source]];
            var local = m.To - p.Lo;
            var i = ties.Find(local, m.From);
            if (i >= 0)
            {
                ref var e = ref ties.At(local, i);
                var copy = e;
                e = copy;
                var row = m.To * Residents.SumKinds + (int)e.Kind;
                sums[row] = sums[row];
            }
            sink += (byte)r.NeedState[m.To];
        }
        for (var id = p.Lo; id < p.Hi; id++)
        {
            sink += (byte)r.Role[id] + (r.KnowsContact[id] ? 1 : 0);
            r.CardFlag[id] = r.CardFlag[id];
            r.CardSkill[id] = (byte)(r.Skill[id] * 0f + r.CardSkill[id] + 0f * r.Sums[id * Residents.SumKinds + (int)TieKind.Professional]);
        }
        Interlocked.Add(ref _sink, sink);
    }

    internal static int SizeOfMessage => Marshal.SizeOf<Message>();
}
