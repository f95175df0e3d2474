using System.Diagnostics;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim;

/// <summary>
/// A caring neighbourhood in simulation, run in this process: a thin orchestrator over blocks of residents, a block
/// of professionals and the active interventions. One <see cref="Step"/> is one day (docs/orleans.md, "A day"): the
/// world-level inputs of the day, the interventions, the residents acting (blocks in parallel), two delivery rounds
/// (blocks in parallel), the professionals. The block size is a choice of the run, not of the model: results are
/// identical for any block size and any thread count.
/// </summary>
public sealed partial class World
{
    /// <summary>Residents per block unless <see cref="WorldOptions.BlockSize"/> says otherwise.</summary>
    public const int DefaultBlockSize = 2048;

    private readonly ResidentBlock[] _blocks;
    private readonly ProfessionalBlock _professionals;
    private readonly int _blockSize;
    private readonly MessageRouter _router;
    private readonly List<MessageBuffer> _sources = [];
    private readonly MessageBuffer _interventionOut = new();
    private readonly MessageBuffer _professionalInbox = new();
    private readonly List<(IIntervention Intervention, InterventionContext Context)> _interventions = [];
    private readonly List<(IIntervention Intervention, InterventionContext Context)> _stopped = [];
    private readonly WorldInputs _inputs;
    private readonly DayContext _context;
    private readonly Action<int> _act;
    private readonly Action<int> _deliver0;
    private readonly Action<int> _deliver1;

    private World(ScenarioSpec spec, WorldOptions options)
    {
        Parameters = spec.Parameters;
        Seed = options.Seed ?? spec.Seed;
        Threads = Math.Max(1, options.Threads);
        _blockSize = options.BlockSize > 0 ? options.BlockSize : DefaultBlockSize;
        Space = new Space(spec.Space);
        _inputs = new WorldInputs(spec.Shocks);

        var population = Population.Build(spec, Seed);
        Residents = population.Residents;
        Professionals = population.Professionals;
        Layout = population.Layout;
        Town = population.NewTown(Space);
        _context = population.NewContext();

        var n = Residents.Count;
        var count = Math.Max(1, (n + _blockSize - 1) / _blockSize);
        _blocks = new ResidentBlock[count];
        _professionals = population.ProfessionalBlock(0, Professionals.Count);
        _professionals.PublishCards(_context, Town.Data, 0);
        _context.Begin(Town.Data);
        for (var b = 0; b < count; b++) _blocks[b] = population.Block(b, b * _blockSize, Math.Min(n, (b + 1) * _blockSize), _context);

        _router = new MessageRouter(count, _blockSize, n);
        _act = b => _blocks[b].Act(_context);
        _deliver0 = b => _blocks[b].Deliver(_context, 0, _router.InboxOf(b));
        _deliver1 = b => _blocks[b].Deliver(_context, 1, _router.InboxOf(b));
        PublishStatuses();
    }

    /// <summary>Builds a world from a scenario and a mix of interventions (none: the baseline).</summary>
    public static World Create(ScenarioSpec spec, IEnumerable<IIntervention>? interventions = null, WorldOptions? options = null)
    {
        var world = new World(spec, options ?? new WorldOptions());
        foreach (var intervention in interventions ?? []) world.Add(intervention);
        return world;
    }

    public ModelParameters Parameters { get; }
    public ulong Seed { get; }
    public int Threads { get; }
    public int Day { get; private set; }
    public Space Space { get; }
    public Residents Residents { get; }
    public Professionals Professionals { get; }
    public Layout Layout { get; }

    /// <summary>What the interventions see: the census, the day, the statuses published yesterday.</summary>
    public Town Town { get; }

    /// <summary>Residents per block in this run.</summary>
    public int BlockSize => _blockSize;

    /// <summary>Residents of street s are ids [StreetStart[s], StreetStart[s+1]).</summary>
    public int[] StreetStart => Layout.StreetStart;
    public int[] StreetSettlement => Town.StreetSettlement;

    /// <summary>Streets of settlement k are [SettlementStreets[k], SettlementStreets[k+1]).</summary>
    public int[] SettlementStreets => Layout.SettlementStreets;

    /// <summary>Indices (into <see cref="Professionals"/>) of the care directors.</summary>
    public int[] Hubs => Layout.Hubs;

    public bool HasHub => Layout.HasHub;
    public bool IsLockdown => Town.IsLockdown;
    public double LockdownContactFactor => Town.LockdownContactFactor;
    internal IReadOnlyList<ResidentBlock> Blocks => _blocks;
    internal ProfessionalBlock ProfessionalBlock => _professionals;
    internal DayContext Context => _context;

    /// <summary>Bytes held by the engine's own message buffers (router positions, professional and intervention buffers).</summary>
    internal long MessageBytes => _router.Bytes + _router.Professional.Bytes + _professionalInbox.Bytes + _professionals.Out.Bytes + _interventionOut.Bytes;

    /// <summary>The interventions acting now, with their contexts (effort).</summary>
    public IReadOnlyList<(IIntervention Intervention, InterventionContext Context)> Interventions => _interventions;

    /// <summary>Advances one day.</summary>
    public void Step()
    {
        var t0 = Stopwatch.GetTimestamp();
        BeginDay();
        var t1 = Stopwatch.GetTimestamp();

        ForEachBlock(_act);
        var t2 = Stopwatch.GetTimestamp();

        _sources.Clear();
        _sources.Add(_professionals.Out);
        foreach (var b in _blocks) _sources.Add(b.LatePrevious[0]);
        foreach (var b in _blocks) _sources.Add(b.LatePrevious[1]);
        _sources.Add(_interventionOut);
        foreach (var b in _blocks) _sources.Add(b.Outbox);
        _router.Route(_sources, Threads);
        var t3 = Stopwatch.GetTimestamp();
        ForEachBlock(_deliver0);
        _professionalInbox.Clear();
        _professionalInbox.AddRange(_router.Professional.Items);

        _sources.Clear();
        foreach (var b in _blocks) _sources.Add(b.Replies);
        _router.Route(_sources, Threads);
        ForEachBlock(_deliver1);
        var t4 = Stopwatch.GetTimestamp();

        _professionals.Work(_context, _professionalInbox.Items);
        Day++;
        Town.Data.Day = Day;
        _professionals.PublishCards(_context, Town.Data, Day);
        PublishStatuses();
        var t5 = Stopwatch.GetTimestamp();
        PhaseTicks[0] += t1 - t0;
        PhaseTicks[1] += t2 - t1;
        PhaseTicks[2] += t3 - t2;
        PhaseTicks[3] += t4 - t3;
        PhaseTicks[4] += t5 - t4;
    }

    /// <summary>The day's world-level inputs, then the interventions, then the data every block receives.</summary>
    private void BeginDay()
    {
        var data = Town.Data;
        _inputs.Begin(Day, Space, data);
        foreach (var b in _blocks) b.BeginDay();
        _interventionOut.Clear();
        Town.BeginDay();
        foreach (var (intervention, context) in _interventions) intervention.OnDay(context);
        Town.WriteServiceKm(data.ServiceKm);
        Town.WriteFacilitySettlements(data.FacilitySettlement);
        _context.Begin(data);
    }

    /// <summary>Every block's published statuses, gathered for tomorrow's interventions.</summary>
    private void PublishStatuses()
    {
        foreach (var b in _blocks) Array.Copy(b.Status, 0, Town.Statuses, b.Lo, b.Count);
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
    public IndicatorSet Indicators()
    {
        _context.Begin(Town.Data);
        var tally = new ResidentTally();
        foreach (var b in _blocks) tally.Add(ResidentTally.Of(_context, b));
        return IndicatorCollector.Collect(Day, tally, _professionals.Counters, PartnershipDensity(), Efforts());
    }

    private double PartnershipDensity()
    {
        var n = Professionals.Count;
        if (n < 2) return 0;
        double sum = 0;
        foreach (var part in _professionals.PartnershipSums(_context)) sum += part;
        return sum / (n * (n - 1) / 2.0);
    }

    /// <summary>Every intervention's effort so far (those switched off included), in the order they were added.</summary>
    internal IReadOnlyList<(string Key, EffortTotals Effort)> Efforts() =>
        _stopped.Concat(_interventions).OrderBy(x => x.Context.Index).Select(x => (x.Intervention.Key, x.Context.Effort.Totals)).ToList();

    /// <summary>Starts recording the journey of a resident (needs, detections, signals, ties, roles).</summary>
    public void Trace(int resident)
    {
        BlockOf(resident).Trace(resident);
    }

    /// <summary>A resident's state now and the events since tracing began (read from the block that owns her).</summary>
    public ResidentHistory History(int resident)
    {
        _context.Begin(Town.Data);
        return BlockOf(resident).History(resident, _context, Space);
    }

    internal ResidentBlock BlockOf(int resident) => _blocks[resident / _blockSize];

    /// <summary>Today's strength of the tie between two residents (0 if none). Read-only; for tests.</summary>
    public double TieStrength(int a, int b)
    {
        var block = BlockOf(a);
        var i = block.Ties.Find(a - block.Lo, b);
        return i < 0 ? 0 : _context.Decay.Strength(block.Ties.At(a - block.Lo, i), Day);
    }

    /// <summary>A resident's ties as seen today (read-only).</summary>
    public IReadOnlyList<TieView> TiesOf(int resident)
    {
        _context.Begin(Town.Data);
        return BlockOf(resident).TiesOf(resident, _context);
    }

    public bool IsResident(int agent) => agent < Residents.Count;

    /// <summary>Loneliness of a resident now.</summary>
    public double LonelinessOf(int resident) => Read(resident, static (b, i) => b.Loneliness[i]);

    public Role RoleOf(int resident) => Read(resident, static (b, i) => b.Role[i]);

    public NeedState NeedStateOf(int resident) => Read(resident, static (b, i) => b.NeedState[i]);

    public bool KnowsContactPerson(int resident) => Read(resident, static (b, i) => b.KnowsContact[i]);

    private T Read<T>(int resident, Func<ResidentBlock, int, T> read)
    {
        var b = BlockOf(resident);
        return read(b, resident - b.Lo);
    }

    private void ForEachBlock(Action<int> body) => WorkerPool.Run(Threads, _blocks.Length, body);
}

/// <summary>How a world is run: seed override, worker threads, and residents per block (0: the default). Immutable.</summary>
public sealed record WorldOptions(ulong? Seed = null, int Threads = 1, int BlockSize = 0);
