using ZorgzameBuurt.Sim.Analysis;
using Orleans.Concurrency;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Orleans.Replications;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>
/// Runs a world over block, professional and intervention grains, in the same phases as the in-process
/// <see cref="Sim.World"/> (docs/orleans.md, "A day"): the day's inputs; the interventions; the blocks act; round 0
/// and round 1 of deliveries; the professionals. Each phase is a barrier (all calls awaited), each receiving grain
/// gets its round's messages in one batched call, and every batch keeps the canonical order — sources in a fixed
/// order (professionals, yesterday's rounds, interventions, today's acts), each source in its emitters' order — so
/// the results are byte-identical to the in-process engine's.
/// </summary>
public sealed class WorldGrain : Grain, IWorldGrain
{
    private WorldRecipe _recipe = null!;
    private Town _town = null!;
    private WorldInputs _inputs = null!;
    private int _residents;
    private int _blockSize;
    private IResidentBlockGrain[] _blocks = [];
    private string[] _placement = [];
    private int[] _blockLo = [];
    private IProfessionalGrain[] _professionals = [];
    private readonly List<(string Key, int Index, IInterventionGrain Grain)> _active = [];
    private readonly List<(string Key, int Index, IInterventionGrain Grain)> _stopped = [];
    private byte[][] _late0 = [];
    private byte[][] _late1 = [];
    private byte[][] _professionalOut = [];
    private int _day;
    private volatile bool _pause;

    private string Run => this.GetPrimaryKeyString();

    public async Task Create(WorldRecipe recipe)
    {
        _recipe = recipe;
        var (spec, population) = await PopulationCache.GetAsync(recipe);
        var space = new Space(spec.Space);
        _town = population.NewTown(space);
        _inputs = new WorldInputs(spec.Shocks);
        _residents = population.Residents.Count;
        _blockSize = recipe.BlockSize > 0 ? recipe.BlockSize : Sim.World.DefaultBlockSize;
        var count = Math.Max(1, (_residents + _blockSize - 1) / _blockSize);
        _blocks = new IResidentBlockGrain[count];
        _blockLo = new int[count];
        var blockStarts = new Task<string>[count];
        for (var b = 0; b < count; b++)
        {
            _blockLo[b] = b * _blockSize;
            _blocks[b] = GrainFactory.GetGrain<IResidentBlockGrain>($"{Run}/{_blockLo[b]}");
            blockStarts[b] = _blocks[b].Start(recipe, b, _blockLo[b], Math.Min(_residents, (b + 1) * _blockSize));
        }
        var pros = population.Professionals.Count;
        _professionals = new IProfessionalGrain[pros];
        var professionalStarts = new Task[pros];
        for (var j = 0; j < pros; j++)
        {
            _professionals[j] = GrainFactory.GetGrain<IProfessionalGrain>($"{Run}/p{j}");
            professionalStarts[j] = _professionals[j].Start(recipe, j);
        }
        _placement = await Task.WhenAll(blockStarts);
        await Task.WhenAll(professionalStarts);

        // Day 0's professional cards and the residents' first statuses, as the in-process world publishes them.
        var context = population.NewContext();
        population.ProfessionalBlock(0, pros).PublishCards(context, _town.Data, 0);
        context.Begin(_town.Data);
        for (var b = 0; b < count; b++)
        {
            var hi = Math.Min(_residents, (b + 1) * _blockSize);
            Array.Copy(population.Block(b, _blockLo[b], hi, context).Status, 0, _town.Statuses, _blockLo[b], hi - _blockLo[b]);
        }
        _late0 = Empty(count);
        _late1 = Empty(count);
        _professionalOut = Empty(pros);
        foreach (var key in Mixes.Keys(recipe.Mix, spec)) await SwitchOn(key);
    }

    private static byte[][] Empty(int n) => Enumerable.Range(0, n).Select(_ => Array.Empty<byte>()).ToArray();

    public async Task<int> Step(int days)
    {
        _pause = false;
        for (var d = 0; d < days && !_pause; d++) await StepOnce();
        return _day;
    }

    public Task<int> RunTo(int day) => Step(day - _day);

    public Task Pause()
    {
        _pause = true;
        return Task.CompletedTask;
    }

    public Task<int> Day() => Task.FromResult(_day);

    private async Task StepOnce()
    {
        var data = _town.Data;
        _inputs.Begin(_day, _town.Space, data);
        _town.BeginDay();
        var statuses = Blit.Bytes<ResidentStatus>(_town.Statuses).AsImmutable();
        var before = DayWire.From(data);
        var acts = await Task.WhenAll(_active.Select(a => a.Grain.OnDay(before, statuses)));
        foreach (var a in acts)
            foreach (var s in a.ServicePoints) _town.ProvideServicePoint(s);
        _town.WriteServiceKm(data.ServiceKm);
        _town.WriteFacilitySettlements(data.FacilitySettlement);
        var day = DayWire.From(data);

        var outboxes = await Task.WhenAll(_blocks.Select(b => b.Act(day)));

        // Round 0: professionals' messages, yesterday's rounds, the interventions', today's acts.
        var sources = new List<byte[]>();
        sources.AddRange(_professionalOut);
        sources.AddRange(_late0);
        sources.AddRange(_late1);
        sources.AddRange(acts.Select(a => a.Messages));
        sources.AddRange(outboxes.Select(o => o.Value));
        var (toBlocks, toProfessionals) = Route(sources);
        var round0 = await Task.WhenAll(_blocks.Select((b, i) => b.Deliver(0, toBlocks[i].AsImmutable())));
        _late0 = round0.Select(r => r.Late).ToArray();

        var (replies, _) = Route(round0.Select(r => r.Replies).ToList());
        var round1 = await Task.WhenAll(_blocks.Select((b, i) => b.Deliver(1, replies[i].AsImmutable())));
        _late1 = round1.Select(r => r.Late).ToArray();

        var work = await Task.WhenAll(_professionals.Select((p, j) => p.Work(day, toProfessionals[j].AsImmutable())));
        _professionalOut = work.Select(w => w.Out).ToArray();
        _day++;
        data.Day = _day;
        for (var j = 0; j < work.Length; j++)
        {
            data.ProfessionalRoute[j] = work[j].Route;
            data.ProfessionalSkill[j] = work[j].Skill;
            data.ProfessionalCard[j] = (CardFlags)work[j].Card;
        }
        for (var b = 0; b < _blocks.Length; b++)
            Blit.Span<ResidentStatus>(round1[b].Statuses).CopyTo(_town.Statuses.AsSpan(_blockLo[b]));
    }

    /// <summary>Sorts messages into one batch per receiving block and per professional, keeping the sources' order.</summary>
    private (byte[][] Blocks, byte[][] Professionals) Route(IEnumerable<byte[]> sources)
    {
        var list = sources as IReadOnlyList<byte[]> ?? sources.ToList();
        var targets = _blocks.Length + _professionals.Length;
        var counts = new int[targets];
        foreach (var source in list)
            foreach (ref readonly var m in Blit.Span<Message>(source)) counts[Target(m.To)]++;
        var batches = new Message[targets][];
        for (var t = 0; t < targets; t++) batches[t] = new Message[counts[t]];
        Array.Clear(counts);
        foreach (var source in list)
            foreach (ref readonly var m in Blit.Span<Message>(source))
            {
                var t = Target(m.To);
                batches[t][counts[t]++] = m;
            }
        var bytes = batches.Select(b => Blit.Bytes<Message>(b)).ToArray();
        return (bytes[.._blocks.Length], bytes[_blocks.Length..]);
    }

    private int Target(int agent) => agent >= _residents ? _blocks.Length + agent - _residents : agent / _blockSize;

    public async Task<ReplicationOutcome> Indicators()
    {
        var day = DayWire.From(_town.Data);
        var tallies = await Task.WhenAll(_blocks.Select(b => b.Tally(day)));
        var parts = await Task.WhenAll(_professionals.Select(p => p.Part(day)));
        var all = _stopped.Concat(_active).OrderBy(a => a.Index).ToList();
        var efforts = await Task.WhenAll(all.Select(a => a.Grain.Effort()));

        var tally = new ResidentTally();
        foreach (var t in tallies) tally.Add(t.ToTally());
        var counters = new Counters();
        foreach (var p in parts) p.Counters.ToCounters().AddTo(counters);
        var n = parts.Length;
        double density = 0;
        if (n >= 2)
        {
            double sum = 0;
            foreach (var p in parts) sum += p.PartnershipSum;
            density = sum / (n * (n - 1) / 2.0);
        }
        var set = IndicatorCollector.Collect(_day, tally, counters, density, all.Select((a, i) => (a.Key, efforts[i].ToTotals())).ToList());
        return ReplicationOutcome.From(RuntimeIdentity, [set]);
    }

    public async Task<ReplicationOutcome> EndIndicators()
    {
        var set = (await Indicators()).Series()[0];
        var day = DayWire.From(_town.Data);
        var parts = await Task.WhenAll(_blocks.Select(b => b.Snapshot(day)));
        var ties = new IReadOnlyList<TieView>[_residents];
        var knows = new bool[_residents];
        var roles = new Role[_residents];
        for (var b = 0; b < parts.Length; b++)
        {
            var all = Blit.Span<TieView>(parts[b].Ties);
            var at = 0;
            for (var i = 0; i < parts[b].Counts.Length; i++)
            {
                var id = _blockLo[b] + i;
                ties[id] = all.Slice(at, parts[b].Counts[i]).ToArray();
                at += parts[b].Counts[i];
                knows[id] = parts[b].KnowsContact[i];
                roles[id] = (Role)parts[b].Roles[i];
            }
        }
        var snapshot = TieSnapshot.Take(_day, _residents, _town.Professionals, id => ties[id], id => knows[id], id => roles[id]);
        return ReplicationOutcome.From(RuntimeIdentity, [NetworkIndicators.Append(set, snapshot)]);
    }

    public async Task SwitchOn(string key)
    {
        var index = _active.Count + _stopped.Count;
        var occurrence = _active.Concat(_stopped).Count(a => a.Key == key);
        var grain = GrainFactory.GetGrain<IInterventionGrain>($"{Run}/i{index}");
        await grain.Start(_recipe, key, index, occurrence, DayWire.From(_town.Data), Blit.Bytes<ResidentStatus>(_town.Statuses),
            _inputs.Closed.Select(c => $"{c.Settlement}/{c.Facility}").ToArray());
        _active.Add((key, index, grain));
    }

    public Task SwitchOff(string key)
    {
        var at = _active.FindLastIndex(a => a.Key == key);
        if (at < 0) throw new ArgumentException($"No intervention '{key}' is active.", nameof(key));
        _stopped.Add(_active[at]);
        _active.RemoveAt(at);
        return Task.CompletedTask;
    }

    public Task<string[]> ActiveInterventions() => Task.FromResult(_active.Select(a => a.Key).ToArray());

    public Task LockdownNow(double contactFactor, int days)
    {
        _inputs.LockdownNow(_day, contactFactor, days);
        return Task.CompletedTask;
    }

    public Task EndLockdown()
    {
        _inputs.EndLockdown();
        return Task.CompletedTask;
    }

    public Task CloseFacilityNow(string settlement, string facility)
    {
        _inputs.CloseNow(_town.Space, settlement, facility);
        return Task.CompletedTask;
    }

    public Task Trace(int resident) => BlockOf(resident).Trace(resident);

    public Task<JourneyWire> History(int resident) => BlockOf(resident).History(resident, DayWire.From(_town.Data));

    public Task<JourneyWire> Resident(int resident) => History(resident);

    public Task<string[]> Placement() => Task.FromResult(_placement);

    private IResidentBlockGrain BlockOf(int resident) => _blocks[resident / _blockSize];
}
