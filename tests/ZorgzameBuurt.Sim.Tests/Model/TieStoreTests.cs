using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Tests.Model;

public sealed class TieStoreTests
{
    [Fact]
    public void Add_BeyondCapacity_KeepsEveryEdgeOfEveryAgent()
    {
        var store = new TieStore(agents: 50, initialCapacityPerAgent: 2);
        for (var round = 0; round < 40; round++)
            for (var a = 0; a < 50; a++)
                if ((a + round) % 3 != 0) store.Add(a, new HalfEdge(1000 + round, TieKind.Friend, 0.5f, round));

        for (var a = 0; a < 50; a++)
        {
            var expected = Enumerable.Range(0, 40).Where(r => (a + r) % 3 != 0).Select(r => 1000 + r).ToArray();
            Assert.Equal(expected, store.Of(a).ToArray().Select(e => e.Other).ToArray());
        }
    }

    [Fact]
    public void RemoveAt_Middle_LastMovesIntoHole()
    {
        var store = new TieStore(1);
        for (var i = 0; i < 5; i++) store.Add(0, new HalfEdge(i, TieKind.Kin, 0.3f, 0));
        store.RemoveAt(0, 1);
        Assert.Equal([0, 4, 2, 3], store.Of(0).ToArray().Select(e => e.Other).ToArray());
        Assert.Equal(-1, store.Find(0, 1));
        Assert.Equal(4, store.LiveEdges);
    }

    [Fact]
    public void HalfEdge_Fields_RoundTripInEightBytes()
    {
        var e = new HalfEdge(123_456, TieKind.Partnership, 0.4321f, 999);
        Assert.Equal(123_456, e.Other);
        Assert.Equal(TieKind.Partnership, e.Kind);
        Assert.Equal(999, e.Day);
        Assert.Equal(0.4321f, e.StoredStrength, 4);
        Assert.Equal(8, System.Runtime.CompilerServices.Unsafe.SizeOf<HalfEdge>());
    }
}
