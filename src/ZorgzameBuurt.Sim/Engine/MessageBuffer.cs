using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Engine;

/// <summary>A growable batch of messages that is reused tick after tick: no allocation in steady state (grows by half when full).</summary>
public sealed class MessageBuffer(int capacity = 256)
{
    private Message[] _items = new Message[Math.Max(4, capacity)];

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in Message m)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length + (_items.Length >> 1));
        _items[Count++] = m;
    }

    public void AddRange(ReadOnlySpan<Message> messages)
    {
        foreach (ref readonly var m in messages) Add(m);
    }

    public ReadOnlySpan<Message> Items => new(_items, 0, Count);

    public void Clear() => Count = 0;

    public long Bytes => (long)_items.Length * Unsafe.SizeOf<Message>();
}
