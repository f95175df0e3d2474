namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// Persistent worker threads that run the items of a phase (partitions, router groups) in parallel without
/// allocating: the calling thread publishes the phase (a cached delegate and an item count) under a new
/// generation number, wakes sleeping workers, and claims items itself; workers claim items by compare-and-swap
/// on a (generation, next item) ticket, so a late worker can never take an item of a later phase. Items are
/// independent by construction (each writes only its own partition or group), so results never depend on which
/// thread runs an item or when. Workers spin briefly between phases, then sleep. One pool serves the process:
/// a phase that finds it busy (another world stepping on another thread) runs on the calling thread instead.
/// </summary>
public static class WorkerPool
{
    private static readonly object Gate = new();
    private static readonly SemaphoreSlim Wake = new(0);
    private static readonly List<Thread> Threads = [];
    private static long _ticket;            // generation << 32 | next item
    private static int _count;
    private static int _done;
    private static int _sleepers;
    private static int _wanted;             // workers that may join the current phase
    private static Action<int>? _body;
    private static Exception? _error;

    /// <summary>Runs <paramref name="body"/>(0 … count−1) on up to <paramref name="threads"/> threads (the caller included).</summary>
    public static void Run(int threads, int count, Action<int> body)
    {
        if (count <= 0) return;
        if (threads <= 1 || count == 1 || !Monitor.TryEnter(Gate))
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        try
        {
            EnsureWorkers(threads - 1);
            _body = body;
            _count = count;
            _done = 0;
            _error = null;
            _wanted = Math.Min(threads - 1, count - 1);
            var generation = (Volatile.Read(ref _ticket) >> 32) + 1;
            Interlocked.Exchange(ref _ticket, generation << 32);
            var sleeping = Volatile.Read(ref _sleepers);
            if (sleeping > 0) Wake.Release(sleeping);
            Work(generation);
            var spin = new SpinWait();
            while (Volatile.Read(ref _done) < count) spin.SpinOnce(sleep1Threshold: -1);
            _body = null;
            if (_error is { } e) throw new AggregateException(e);
        }
        finally
        {
            Monitor.Exit(Gate);
        }
    }

    private static void EnsureWorkers(int workers)
    {
        while (Threads.Count < workers)
        {
            var index = Threads.Count;
            var t = new Thread(() => Loop(index)) { IsBackground = true, Name = $"zb-worker-{index}" };
            Threads.Add(t);
            t.Start();
        }
    }

    /// <summary>Claims and runs items of <paramref name="generation"/> until none are left.</summary>
    private static void Work(long generation)
    {
        var body = Volatile.Read(ref _body);
        var count = Volatile.Read(ref _count);
        while (true)
        {
            var t = Volatile.Read(ref _ticket);
            if (t >> 32 != generation) return;
            var item = (int)(t & 0xFFFFFFFF);
            if (item >= count) return;
            if (Interlocked.CompareExchange(ref _ticket, t + 1, t) != t) continue;
            try
            {
                body!(item);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _error, e, null);
            }
            Interlocked.Increment(ref _done);
        }
    }

    private static void Loop(int index)
    {
        long seen = 0;
        while (true)
        {
            var generation = Volatile.Read(ref _ticket) >> 32;
            if (generation == seen)
            {
                for (var s = 0; s < 500 && generation == seen; s++)
                {
                    Thread.SpinWait(20);
                    generation = Volatile.Read(ref _ticket) >> 32;
                }
                if (generation == seen)
                {
                    Interlocked.Increment(ref _sleepers);
                    if (Interlocked.Read(ref _ticket) >> 32 == seen) Wake.Wait();
                    Interlocked.Decrement(ref _sleepers);
                    continue;
                }
            }
            seen = generation;
            if (index < Volatile.Read(ref _wanted)) Work(generation);
        }
    }
}
