using System.Runtime.InteropServices;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Benchmarks.Reference;

/// <summary>
/// The limit loop: the memory traffic of one engine tick with no model logic and no random numbers, replayed on
/// the world's own arrays. It records one real day of the engine (who contacted whom, over which tie slot), then
/// each replay (1) walks each block's residents in order reading and writing the fields a daily step touches, reads
/// the picked half-edge and writes the day's 24-byte messages into per-block outboxes; (2) counting-sorts them into
/// per-block inboxes; (3) for every message scans the receiver's tie segment for the sender, rewrites the half-edge
/// and the receiver's strength sums, and answers a contact with its own side (a second message); (4) routes and
/// delivers the answers the same way; (5) republishes every card. Values are written back unchanged, so replays do
/// not alter the world. This is the ceiling for this machine: the engine cannot do the same tick with less memory work.
/// </summary>
public sealed class LimitLoop
{
    private readonly ResidentBlock[] _blocks;
    private readonly int _residents;
    private readonly int _blockSize;
    private readonly Message[][] _trace;     // per block: the act-phase messages of the recorded day
    private readonly int[][] _tieSlot;       // per block, per message: the sender's tie slot, or −1
    private readonly int[][] _emitStart;     // per block, per local resident: first message it emitted
    private readonly Message[][] _outbox;
    private readonly int[] _outboxCount;
    private readonly Message[][] _replies;
    private readonly int[] _replyCount;
    private readonly Round _first;
    private readonly Round _second;
    private long _sink;

    public LimitLoop(World world)
    {
        _blocks = [.. world.Blocks];
        _residents = world.Residents.Count;
        _blockSize = world.BlockSize;
        world.Step();
        var count = _blocks.Length;
        _trace = new Message[count][];
        _tieSlot = new int[count][];
        _outbox = new Message[count][];
        _outboxCount = new int[count];
        _replies = new Message[count][];
        _replyCount = new int[count];
        _emitStart = new int[count][];
        for (var bi = 0; bi < count; bi++)
        {
            var b = _blocks[bi];
            var msgs = b.Outbox.Items.ToArray();
            _trace[bi] = msgs;
            _outbox[bi] = new Message[msgs.Length];
            _outboxCount[bi] = msgs.Length;
            _replies[bi] = new Message[16];
            var slots = new int[msgs.Length];
            var emitter = new int[msgs.Length];
            var last = 0;
            for (var k = 0; k < msgs.Length; k++)
            {
                var m = msgs[k];
                if (b.Holds(m.From)) last = m.From - b.Lo;
                emitter[k] = last;
                slots[k] = m.Kind == MessageKind.ContactAsk && b.Holds(m.From) ? b.Ties.Find(last, m.To) : -1;
            }
            _tieSlot[bi] = slots;
            var starts = new int[b.Count + 1];
            var at = 0;
            for (var i = 0; i < b.Count; i++)
            {
                while (at < msgs.Length && emitter[at] < i) at++;
                starts[i] = at;
            }
            starts[b.Count] = msgs.Length;
            _emitStart[bi] = starts;
        }
        _first = new Round(count);
        _second = new Round(count);
    }

    /// <summary>Messages replayed per tick (act-phase messages of the recorded day).</summary>
    public long MessagesPerTick => _trace.Sum(t => (long)t.Length);

    public long Sink => _sink;

    /// <summary>One replayed tick; blocks run in parallel on <paramref name="threads"/> threads like the engine's phases.</summary>
    public void Tick(int threads = 1)
    {
        ForEach(threads, Act);
        Route(_outbox, _outboxCount, _first);
        ForEach(threads, DeliverFirst);
        Route(_replies, _replyCount, _second);
        ForEach(threads, DeliverSecond);
    }

    private void ForEach(int threads, Action<int> body)
    {
        if (threads <= 1)
            for (var bi = 0; bi < _blocks.Length; bi++) body(bi);
        else Parallel.For(0, _blocks.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    private void Act(int bi)
    {
        var b = _blocks[bi];
        var trace = _trace[bi];
        var slots = _tieSlot[bi];
        var outbox = _outbox[bi];
        var starts = _emitStart[bi];
        var sums = b.Sums;
        var ties = b.Ties;
        long sink = 0;
        for (var i = 0; i < b.Count; i++)
        {
            // The resident's own fields (aging sums, need, loneliness, withdrawal, mobility, visits, card).
            var row = i * ResidentBlock.SumKinds;
            for (var k = 1; k < ResidentBlock.SumKinds; k++) sums[row + k] = sums[row + k];
            b.SumDay[i] = b.SumDay[i];
            sink += (byte)b.NeedState[i] + (int)b.Trait[i] + (byte)b.Age[i] + (byte)b.Role[i] + b.FirstLine[i] + b.CardSkill[i] + (byte)b.CardFlag[i];
            b.Loneliness[i] = b.Loneliness[i] + 0f * (b.Sociability[i] + b.Disposition[i] + b.VisitRate[i] + sums[row]);
            b.Encounters[i] = b.Encounters[i];
            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                var slot = slots[k];
                if (slot >= 0) sink += ties.At(i, slot).Day;
                outbox[k] = trace[k];
            }
        }
        Interlocked.Add(ref _sink, sink);
    }

    /// <summary>A round's inboxes: positions into the sources, block by block.</summary>
    private sealed class Round(int blocks)
    {
        public int[] Inbox = new int[1024];
        public readonly int[] Start = new int[blocks + 1];
        public readonly int[] Fill = new int[blocks];
        public readonly int[] SourceStart = new int[blocks + 1];
    }

    private void Route(Message[][] boxes, int[] counts, Round round)
    {
        var n = _residents;
        var size = _blockSize;
        var start = round.Start;
        Array.Clear(start);
        var total = 0;
        for (var s = 0; s < boxes.Length; s++)
        {
            round.SourceStart[s + 1] = round.SourceStart[s] + counts[s];
            foreach (ref readonly var m in boxes[s].AsSpan(0, counts[s]))
            {
                if (m.To >= n) continue;
                start[m.To / size + 1]++;
                total++;
            }
        }
        for (var b = 0; b < round.Fill.Length; b++) start[b + 1] += start[b];
        if (round.Inbox.Length < total) round.Inbox = new int[total];
        Array.Copy(start, round.Fill, round.Fill.Length);
        for (var s = 0; s < boxes.Length; s++)
        {
            var position = round.SourceStart[s];
            foreach (ref readonly var m in boxes[s].AsSpan(0, counts[s]))
            {
                if (m.To < n) round.Inbox[round.Fill[m.To / size]++] = position;
                position++;
            }
        }
    }

    private void DeliverFirst(int bi) => Deliver(bi, _outbox, _first, answer: true);

    private void DeliverSecond(int bi)
    {
        Deliver(bi, _replies, _second, answer: false);
        var b = _blocks[bi];
        long sink = 0;
        for (var i = 0; i < b.Count; i++)
        {
            sink += (byte)b.Role[i] + (b.KnowsContact[i] ? 1 : 0);
            b.CardFlag[i] = b.CardFlag[i];
            b.CardSkill[i] = (byte)(b.Skill[i] * 0f + b.CardSkill[i] + 0f * b.Sums[i * ResidentBlock.SumKinds + (int)TieKind.Professional]);
            b.Status[i] = b.Status[i];
        }
        Interlocked.Add(ref _sink, sink);
    }

    private void Deliver(int bi, Message[][] sources, Round round, bool answer)
    {
        var b = _blocks[bi];
        var sums = b.Sums;
        var ties = b.Ties;
        long sink = 0;
        var source = 0;
        var inbox = round.Inbox.AsSpan(round.Start[bi], round.Start[bi + 1] - round.Start[bi]);
        if (answer && _replies[bi].Length < inbox.Length) _replies[bi] = new Message[inbox.Length];
        var replies = _replies[bi];
        var replied = 0;
        foreach (var position in inbox)
        {
            while (position >= round.SourceStart[source + 1]) source++;
            ref readonly var m = ref sources[source][position - round.SourceStart[source]];
            var local = m.To - b.Lo;
            var i = ties.Find(local, m.From);
            if (i >= 0)
            {
                ref var e = ref ties.At(local, i);
                var copy = e;
                e = copy;
                var row = local * ResidentBlock.SumKinds + (int)e.Kind;
                sums[row] = sums[row];
            }
            sink += (byte)b.NeedState[local];
            if (answer && m.Kind == MessageKind.ContactAsk)
                replies[replied++] = m with { To = m.From, From = m.To, Kind = MessageKind.Contact, A = b.CardSkill[local], Flags = b.CardFlag[local] };
        }
        if (answer) _replyCount[bi] = replied;
        Interlocked.Add(ref _sink, sink);
    }

    internal static int SizeOfMessage => Marshal.SizeOf<Message>();
}
