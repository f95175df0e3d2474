using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Tests.Engine;

public sealed class MessageRouterTests
{
    [Fact]
    public void Route_TwoSources_InboxKeepsSourceThenEmissionOrder()
    {
        var router = new MessageRouter(partitions: 2, blockSize: 4, residentCount: 8); // 4 residents per block
        var first = new MessageBuffer();
        var second = new MessageBuffer();
        first.Add(Message.Of(MessageKind.Work, to: 5, from: 0, value: 1));
        second.Add(Message.Of(MessageKind.Work, to: 1, from: 0, value: 2));
        first.Add(Message.Of(MessageKind.Work, to: 6, from: 0, value: 3));
        second.Add(Message.Of(MessageKind.Work, to: 4, from: 0, value: 4));
        first.Add(Message.Of(MessageKind.Signal, to: 9, from: 0, value: 5)); // a professional

        router.Route([first, second]);

        Assert.Equal([2f], router.InboxOf(0).ToArray().Select(m => m.Value));
        Assert.Equal([1f, 3f, 4f], router.InboxOf(1).ToArray().Select(m => m.Value));
        Assert.Equal([5f], router.Professional.Items.ToArray().Select(m => m.Value));
    }
}
