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
    private ResidentBlock[] _blockOf = null!;
    private int[] _senders = null!;

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Worlds.HeadlineResidents), 1);
        for (var d = 0; d < 30; d++) _world.Step();
        var rng = new CounterRng(42);
        var r = _world.Residents;
        _contacts = new Message[Batch];
        _blockOf = new ResidentBlock[Batch];
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
                Agents.CardSkill(_world, from), Agents.Card(_world, from), Agents.RouteChance(_world, from), k % 5 == 0 ? TieKind.Neighbour : null, k % 5 == 0);
            _blockOf[k] = _world.BlockOf(to);
            _senders[k] = rng.NextInt(r.Count);
        }
    }

    /// <summary>Receiver side of a contact with a hidden need to detect.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void DeliverContact()
    {
        var c = _world.Context;
        c.Begin(_world.Town.Data);
        for (var k = 0; k < Batch; k++)
        {
            ref readonly var m = ref _contacts[k];
            var b = _blockOf[k];
            var i = m.To - b.Lo;
            if (b.NeedState[i] == NeedState.None)
            {
                b.NeedKind[i] = NeedKind.Practical;
                b.NeedOnset[i] = _world.Day;
            }
            b.NeedState[i] = NeedState.Hidden;
            Delivery.Deliver(c, b, 0, m);
        }
        Agents.ClearMessages(_world);
    }

    /// <summary>Receiver side: only the tie lookup.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int FindTie()
    {
        var found = 0;
        for (var k = 0; k < Batch; k++)
        {
            ref readonly var m = ref _contacts[k];
            var b = _blockOf[k];
            found += b.Ties.Find(m.To - b.Lo, m.From);
        }
        return found;
    }

    /// <summary>Sender side: one resident's whole everyday-contact step (Poisson count, tie picks, messages), per resident.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void EverydayContactPerResident()
    {
        var day = _world.Day;
        var c = _world.Context;
        c.Begin(_world.Town.Data);
        for (var k = 0; k < Batch; k++)
        {
            var id = _senders[k];
            var (b, i) = Agents.Of(_world, id);
            EverydayContact.Run(c, b, i, CounterRng.For(_world.Seed, StreamPurpose.Act, id, day + k).Fork(5));
        }
        Agents.ClearMessages(_world);
    }
}
