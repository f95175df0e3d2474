using BenchmarkDotNet.Attributes;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Benchmarks.Micro;

/// <summary>
/// One contact processed, on a 10,000-resident world after 30 days: the receiver's side (tie lookup,
/// reinforcement, detection check: every receiver has a hidden need) and the sender's side (pick a tie by
/// strength, write both messages). Each benchmark handles <see cref="Batch"/> contacts; times are per contact.
/// </summary>
[MemoryDiagnoser]
public class ContactBenchmarks
{
    private const int Batch = 1024;
    private World _world = null!;
    private Message[] _contacts = null!;
    private Partition[] _partitionOf = null!;
    private int[] _senders = null!;

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Worlds.HeadlineResidents), 1);
        for (var d = 0; d < 30; d++) _world.Step();
        var rng = new CounterRng(42);
        var r = _world.Residents;
        _contacts = new Message[Batch];
        _partitionOf = new Partition[Batch];
        _senders = new int[Batch];
        for (var k = 0; k < Batch; k++)
        {
            int to, from;
            do
            {
                to = rng.NextInt(r.Count);
                var ties = _world.TiesOf(to);
                from = ties.Count > 0 && k % 5 != 0 ? ties[rng.NextInt(ties.Count)].Other : rng.NextInt(r.Count);
            } while (from == to);
            _contacts[k] = Message.Contact(to, from, rng.NextUInt64(), k % 3 == 0 ? Channel.Phone : Channel.FaceToFace,
                _world.CardSkill(from), _world.CardOf(from), _world.RouteChance(from), k % 5 == 0 ? TieKind.Neighbour : null, k % 5 == 0);
            _partitionOf[k] = _world.PartitionOf(to);
            _senders[k] = rng.NextInt(r.Count);
        }
    }

    /// <summary>Receiver side of a contact with a hidden need to detect.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void DeliverContact()
    {
        var r = _world.Residents;
        for (var k = 0; k < Batch; k++)
        {
            ref readonly var m = ref _contacts[k];
            if (r.NeedState[m.To] == NeedState.None)
            {
                r.NeedKind[m.To] = NeedKind.Practical;
                r.NeedOnset[m.To] = _world.Day;
            }
            r.NeedState[m.To] = NeedState.Hidden;
            Delivery.Deliver(_world, _partitionOf[k], m);
        }
        foreach (var p in _world.Partitions) p.Late.Clear();
    }

    /// <summary>Receiver side: only the tie lookup.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int FindTie()
    {
        var found = 0;
        for (var k = 0; k < Batch; k++)
        {
            ref readonly var m = ref _contacts[k];
            var p = _partitionOf[k];
            found += p.Ties.Find(m.To - p.Lo, m.From);
        }
        return found;
    }

    /// <summary>Sender side: one resident's whole everyday-contact step (Poisson count, tie picks, messages), per resident.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void EverydayContactPerResident()
    {
        var day = _world.Day;
        var c = _world.FreshContext();
        for (var k = 0; k < Batch; k++)
        {
            var id = _senders[k];
            var p = _world.PartitionOf(id);
            EverydayContact.Run(c, p, id, CounterRng.For(_world.Seed, StreamPurpose.Act, id, day + k).Fork(5));
        }
        foreach (var p in _world.Partitions) p.Outbox.Clear();
    }
}
