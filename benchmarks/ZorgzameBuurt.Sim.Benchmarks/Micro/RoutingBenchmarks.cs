using BenchmarkDotNet.Attributes;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Benchmarks.Micro;

/// <summary>
/// Need routing: what happens after a detection (informal help, a route to the hub, a lost signal), the hub's day
/// (queue, service lookup, partnership, referral chance) and a professional's route chance.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private const int Batch = 1024;
    private World _world = null!;
    private Message[] _detections = null!;
    private Message[] _signals = null!;
    private int _firstLine;

    [GlobalSetup]
    public void Setup()
    {
        _world = Worlds.Build(Worlds.Rural(Worlds.HeadlineResidents), 1);
        for (var d = 0; d < 30; d++) _world.Step();
        var rng = new CounterRng(7);
        var r = _world.Residents;
        var pro = _world.Professionals;
        _detections = new Message[Batch];
        for (var k = 0; k < Batch; k++)
        {
            var to = rng.NextInt(r.Count);
            var from = k % 4 == 0 ? pro.FirstId + rng.NextInt(pro.Count) : rng.NextInt(r.Count);
            var card = k % 4 == 0 ? Agents.Card(_world, from) : (k % 2 == 0 ? CardFlags.HasRoute : CardFlags.None);
            _detections[k] = Message.Contact(to, from, rng.NextUInt64(), Channel.FaceToFace, 0.5f, card, k % 4 == 0 ? 0.6f : 1f);
        }
        _signals = new Message[32];
        var hub = pro.FirstId + _world.Hubs[0];
        for (var k = 0; k < _signals.Length; k++)
            _signals[k] = Message.Signal(hub, rng.NextInt(r.Count), rng.NextUInt64(), 0.5f, (NeedKind)(k % 5), k % _world.Space.Count, k % 3 == 0);
        _firstLine = pro.FirstId + Array.FindIndex(pro.Kind, ZorgzameBuurt.Sim.Model.Professionals.IsFirstLine);
    }

    /// <summary>Signal routing after a detection, per detection.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void AfterDetection()
    {
        var c = _world.Context;
        c.Begin(_world.Town.Data);
        for (var k = 0; k < Batch; k++)
        {
            ref readonly var m = ref _detections[k];
            var (b, i) = Agents.Of(_world, m.To);
            b.NeedState[i] = NeedState.Hidden;
            b.NeedKind[i] = (NeedKind)(k % 5);
            var rng = new CounterRng(m.Key);
            SignalRouting.AfterContact(c, b, 0, i, m, 0.4f, ref rng);
        }
        Agents.ClearMessages(_world);
    }

    /// <summary>One hub day with 32 new signals (about 13 cases worked at the default capacity).</summary>
    [Benchmark]
    public void HubDay()
    {
        var pro = _world.ProfessionalBlock;
        foreach (var q in pro.Queues) q.Clear();
        var c = _world.Context;
        c.Begin(_world.Town.Data);
        pro.Work(c, _signals);
        pro.Out.Clear();
    }

    /// <summary>A first-line professional's route chance (decayed referral-card attention), per call.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public float RouteChance()
    {
        var sum = 0f;
        var c = _world.Context;
        var j = _firstLine - _world.Professionals.FirstId;
        for (var k = 0; k < Batch; k++) sum += Professional.RouteChance(c, _world.ProfessionalBlock, j, _world.Day);
        return sum;
    }
}
