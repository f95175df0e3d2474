using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Engine;

/// <summary>
/// Sorts a tick's outboxes into one inbox per partition by counting sort, keeping the order of the sources
/// (sources in a fixed order, messages in emission order), so delivery order never depends on threads.
/// Messages to professionals go to a separate inbox for the professional phase. Reuses its arrays.
/// </summary>
public sealed class MessageRouter(int partitions, int shift, int residentCount)
{
    private Message[] _inbox = new Message[1024];
    private readonly int[] _start = new int[partitions + 1];
    private readonly int[] _fill = new int[partitions];

    public MessageBuffer Professional { get; } = new();

    public void Route(IReadOnlyList<MessageBuffer> sources)
    {
        Array.Clear(_start);
        Professional.Clear();
        var total = 0;
        foreach (var src in sources)
            foreach (ref readonly var m in src.Items)
            {
                if (m.To >= residentCount) continue;
                _start[(m.To >> shift) + 1]++;
                total++;
            }
        for (var p = 0; p < partitions; p++) _start[p + 1] += _start[p];
        if (_inbox.Length < total) _inbox = new Message[Math.Max(total, _inbox.Length * 2)];
        Array.Copy(_start, _fill, partitions);
        foreach (var src in sources)
            foreach (ref readonly var m in src.Items)
            {
                if (m.To >= residentCount) { Professional.Add(m); continue; }
                _inbox[_fill[m.To >> shift]++] = m;
            }
    }

    public ReadOnlySpan<Message> InboxOf(int partition) =>
        new(_inbox, _start[partition], _start[partition + 1] - _start[partition]);

    public int Total => _start[partitions];
}
