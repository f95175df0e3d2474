using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// A contiguous block of residents [Lo, Hi) with its own tie store, outboxes, counters and history log:
/// everything a worker thread writes while it runs this block. A partition is the unit an Orleans grain
/// could later host. Its size is fixed by the engine, not by the thread count.
/// </summary>
public sealed class Partition(int index, int lo, int hi)
{
    public int Index { get; } = index;
    public int Lo { get; } = lo;
    public int Hi { get; } = hi;
    public TieStore Ties { get; } = new(hi - lo, 6);

    /// <summary>Messages emitted by the daily step, delivered this tick.</summary>
    public MessageBuffer Outbox { get; } = new();

    /// <summary>Messages emitted during delivery, delivered next tick (double-buffered).</summary>
    public MessageBuffer Late { get; private set; } = new();
    public MessageBuffer LatePrevious { get; private set; } = new();

    public Counters Counters { get; } = new();

    internal List<HistoryEvent> Events { get; } = [];

    public void SwapLate()
    {
        (Late, LatePrevious) = (LatePrevious, Late);
        Late.Clear();
    }
}
