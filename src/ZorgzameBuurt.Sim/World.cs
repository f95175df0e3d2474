using System.Diagnostics;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Model.Synthesis;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim;

/// <summary>
/// A caring neighbourhood in simulation: residents, professionals, their ties and needs, and the active
/// interventions. One <see cref="Step"/> is one day in five phases: interventions act, residents act (in
/// parallel partitions), the engine routes the day's messages, partitions deliver their inboxes (in
/// parallel), professionals work their queues. Results are identical for any thread count.
/// </summary>
public sealed partial class World
{
    /// <summary>Residents per partition is 2^PartitionShift (fixed, so results never depend on threads).</summary>
    public const int PartitionShift = 11;

    private readonly Partition[] _partitions;
    private readonly MessageRouter _router;
    private readonly List<MessageBuffer> _sources = [];
    private readonly MessageBuffer _interventionOut = new();
    private MessageBuffer _hubOut = new();
    private MessageBuffer _hubOutPrevious = new();
    private readonly List<(IIntervention Intervention, InterventionContext Context)> _interventions = [];
    private readonly ShockSpec _shocks;
    private readonly Action<int> _act;
    private readonly Action<int> _deliver;
    private bool[]? _traced;
    private readonly DayContext _context;
    private bool _inTick;

    private World(ScenarioSpec spec, WorldOptions options)
    {
        Parameters = spec.Parameters;
        Seed = options.Seed ?? spec.Seed;
        Threads = Math.Max(1, options.Threads);
        Decay = new DecayTable(spec.Parameters.Ties);
        Space = new Space(spec.Space);
        _shocks = spec.Shocks;

        var synthesis = PopulationSynthesis.Build(spec, Space, Seed);
        Residents = synthesis.Residents;
        Professionals = synthesis.Professionals;
        StreetStart = synthesis.StreetStart;
        StreetSettlement = synthesis.StreetSettlement;
        SettlementStreets = synthesis.SettlementStreets;
        Hubs = Professionals.HubIndices();

        var n = Residents.Count;
        var count = Math.Max(1, (n + (1 << PartitionShift) - 1) >> PartitionShift);
        _partitions = new Partition[count];
        for (var p = 0; p < count; p++)
            _partitions[p] = new Partition(p, p << PartitionShift, Math.Min(n, (p + 1) << PartitionShift));
        synthesis.WriteTies(this);
        foreach (var p in _partitions) p.Ties.Compact();

        _context = new DayContext(this);
        _router = new MessageRouter(count, PartitionShift, n);
        _act = ActPartition;
        _deliver = DeliverPartition;
        HubCounters = new Counters();
        Professional.PublishCards(this);
        var context = FreshContext(); // once: refreshing per resident made building quadratic (every refresh reads every professional)
        foreach (var p in _partitions)
            for (var id = p.Lo; id < p.Hi; id++)
            {
                Loneliness.Initialise(context, id);
                NeedOnset.SeedStock(this, p, id, context.Hazard);
            }
        foreach (var p in _partitions) Cards.Publish(context, p);
    }

    /// <summary>Builds a world from a scenario and a mix of interventions (none: the baseline).</summary>
    public static World Create(ScenarioSpec spec, IEnumerable<IIntervention>? interventions = null, WorldOptions? options = null)
    {
        var world = new World(spec, options ?? new WorldOptions());
        var i = 0;
        foreach (var intervention in interventions ?? [])
        {
            var effort = new Effort(world.Residents.Count);
            var context = new InterventionContext(world, world._interventionOut, i++, effort);
            world._interventions.Add((intervention, context));
        }
        foreach (var (intervention, context) in world._interventions) intervention.Start(context);
        return world;
    }

    public ModelParameters Parameters { get; }
    public ulong Seed { get; }
    public int Threads { get; }
    public int Day { get; private set; }
    public Space Space { get; }
    public Residents Residents { get; }
    public Professionals Professionals { get; }
    internal DecayTable Decay { get; }

    /// <summary>Residents of street s are ids [StreetStart[s], StreetStart[s+1]).</summary>
    public int[] StreetStart { get; }
    public int[] StreetSettlement { get; }

    /// <summary>Streets of settlement k are [SettlementStreets[k], SettlementStreets[k+1]).</summary>
    public int[] SettlementStreets { get; }

    /// <summary>Indices (into <see cref="Professionals"/>) of the care directors.</summary>
    public int[] Hubs { get; }

    public bool HasHub => Hubs.Length > 0;
    public bool IsLockdown { get; private set; }
    public double LockdownContactFactor { get; private set; } = 1;
    internal Counters HubCounters { get; }
    internal IReadOnlyList<Partition> Partitions => _partitions;
    internal MessageBuffer HubOut => _hubOut;

    /// <summary>Bytes held by the engine's own message buffers (router inbox, hub and intervention outboxes).</summary>
    internal long MessageBytes => _router.Bytes + _router.Professional.Bytes + _hubOut.Bytes + _hubOutPrevious.Bytes + _interventionOut.Bytes;
    public IReadOnlyList<(IIntervention Intervention, InterventionContext Context)> Interventions => _interventions;

    /// <summary>Advances one day.</summary>
    public void Step()
    {
        var t0 = Stopwatch.GetTimestamp();
        ApplyShocks();
        _inTick = true;
        _context.Refresh();
        _interventionOut.Clear();
        foreach (var (intervention, context) in _interventions) intervention.OnDay(context);
        var t1 = Stopwatch.GetTimestamp();

        ForEachPartition(_act);
        var t2 = Stopwatch.GetTimestamp();

        foreach (var p in _partitions) p.SwapLate();
        (_hubOut, _hubOutPrevious) = (_hubOutPrevious, _hubOut);
        _hubOut.Clear();
        _sources.Clear();
        _sources.Add(_hubOutPrevious);
        foreach (var p in _partitions) _sources.Add(p.LatePrevious);
        _sources.Add(_interventionOut);
        foreach (var p in _partitions) _sources.Add(p.Outbox);
        _router.Route(_sources, Threads);
        var t3 = Stopwatch.GetTimestamp();

        ForEachPartition(_deliver);
        var t4 = Stopwatch.GetTimestamp();

        Professional.Work(this, _router.Professional.Items);
        Day++;
        _inTick = false;
        var t5 = Stopwatch.GetTimestamp();
        PhaseTicks[0] += t1 - t0;
        PhaseTicks[1] += t2 - t1;
        PhaseTicks[2] += t3 - t2;
        PhaseTicks[3] += t4 - t3;
        PhaseTicks[4] += t5 - t4;
    }

    /// <summary>Stopwatch ticks spent so far per phase: interventions, act, route, deliver, professionals (for benchmarks).</summary>
    internal long[] PhaseTicks { get; } = new long[5];

    /// <summary>Runs <paramref name="days"/> days, reporting indicators every <paramref name="interval"/> days and at the end.</summary>
    public IndicatorSet Run(int days, int interval = 0, Action<IndicatorSet>? onSnapshot = null)
    {
        for (var d = 0; d < days; d++)
        {
            Step();
            if (onSnapshot is not null && interval > 0 && Day % interval == 0 && d < days - 1) onSnapshot(Indicators());
        }
        var end = Indicators();
        onSnapshot?.Invoke(end);
        return end;
    }

    /// <summary>All indicators of MODEL.md §6 now, overall and by subgroup.</summary>
    public IndicatorSet Indicators() => IndicatorCollector.Collect(this);

    /// <summary>Starts recording the journey of a resident (needs, detections, signals, ties, roles).</summary>
    public void Trace(int resident)
    {
        _traced ??= new bool[Residents.Count];
        _traced[resident] = true;
    }

    internal bool IsTraced(int resident) => _traced is not null && _traced[resident];

    internal bool AnyTraced => _traced is not null;

    /// <summary>The day context for code outside the tick's hot loops (tests, interventions, rare paths): refreshed
    /// from the parameters and the day when called between ticks; inside a tick it is the tick's context.</summary>
    internal DayContext FreshContext()
    {
        if (!_inTick) _context.Refresh();
        return _context;
    }

    /// <summary>A resident's state now and, if traced, the events since tracing began.</summary>
    public ResidentHistory History(int resident) => HistoryReader.Read(this, resident);

    internal void Record(Partition? p, HistoryEvent e)
    {
        if (p is null) HubEvents.Add(e);
        else p.Events.Add(e);
    }

    internal List<HistoryEvent> HubEvents { get; } = [];

    internal Partition PartitionOf(int resident) => _partitions[resident >> PartitionShift];

    /// <summary>Today's strength of the tie between two residents (0 if none). Read-only; for interventions and tests.</summary>
    public double TieStrength(int a, int b)
    {
        var p = PartitionOf(a);
        var i = p.Ties.Find(a - p.Lo, b);
        return i < 0 ? 0 : Decay.Strength(p.Ties.At(a - p.Lo, i), Day);
    }

    /// <summary>A resident's ties as seen today (read-only).</summary>
    public IReadOnlyList<TieView> TiesOf(int resident)
    {
        var p = PartitionOf(resident);
        var list = new List<TieView>();
        foreach (var e in p.Ties.Of(resident - p.Lo))
            list.Add(new TieView(e.Other, e.Kind, Decay.Strength(e, Day), e.Day));
        return list;
    }

    public bool IsResident(int agent) => agent < Residents.Count;

    // Public cards, read by senders and interventions (written only by owners, in phases where nobody reads them).
    internal float CardSkill(int agent) =>
        agent < Residents.Count ? Residents.CardSkill[agent] / 255f : Professionals.Skill[agent - Professionals.FirstId];

    internal CardFlags CardOf(int agent) =>
        agent < Residents.Count ? Residents.CardFlag[agent] : Professional.Card(this, agent - Professionals.FirstId);

    /// <summary>The chance an agent passes a detected signal on (a professional's is cached for the day).</summary>
    internal float RouteChance(int agent)
    {
        if (agent < Residents.Count) return (Residents.CardFlag[agent] & CardFlags.HasRoute) != 0 ? 1f : 0f;
        var j = agent - Professionals.FirstId;
        return _context.CardsDay == Day ? _context.ProfessionalRoute[j] : Professional.RouteChance(this, j);
    }

    /// <summary>The hub (care director agent id) a resident's signal goes to, or −1 without a hub.</summary>
    internal int HubFor(int resident) => Hubs.Length == 0 ? -1 : Professionals.FirstId + Hubs[resident % Hubs.Length];

    /// <summary>Loneliness of a resident (read-only view for interventions, indicators and tests).</summary>
    public double LonelinessOf(int resident) => Residents.Loneliness[resident];

    public Role RoleOf(int resident) => Residents.Role[resident];

    public NeedState NeedStateOf(int resident) => Residents.NeedState[resident];

    public bool KnowsContactPerson(int resident) => Residents.KnowsContact[resident];

    private void ForEachPartition(Action<int> body) => WorkerPool.Run(Threads, _partitions.Length, body);

    private void ActPartition(int index) => DailyStep.Run(_context, _partitions[index]);

    private void DeliverPartition(int index) => Delivery.Run(_context, _partitions[index], _router.InboxOf(index));

    private void ApplyShocks()
    {
        IsLockdown = false;
        LockdownContactFactor = 1;
        foreach (var l in _shocks.Lockdowns)
            if (Day >= l.Start && Day < l.End)
            {
                IsLockdown = true;
                LockdownContactFactor = l.ContactFactor;
            }
        foreach (var c in _shocks.FacilityClosures)
            if (c.Day == Day)
            {
                var s = Space.IndexOf(c.Settlement);
                if (s >= 0) Space.Close(s, c.Facility);
            }
    }
}

/// <summary>How a world is run: seed override and worker threads. Immutable.</summary>
public sealed record WorldOptions(ulong? Seed = null, int Threads = 1);
