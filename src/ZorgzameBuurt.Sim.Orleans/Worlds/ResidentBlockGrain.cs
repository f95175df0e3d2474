using Orleans.Concurrency;
using Orleans.Placement;
using Orleans.Runtime;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>
/// Hosts one <see cref="ResidentBlock"/> and calls the same mechanism code as the in-process engine: act, deliver a
/// round (sorting its batch by receiver), publish, tally. Builds its block from the silo's population of the recipe.
/// Placed at random: a world's blocks are activated in one burst, and random placement spreads them over the silos of
/// a cluster (resource-optimised placement, Orleans' default, would put a burst on the silo that looked idlest).
/// </summary>
[RandomPlacement]
public sealed class ResidentBlockGrain(ILocalSiloDetails silo) : Grain, IResidentBlockGrain
{
    private ResidentBlock _block = null!;
    private DayContext _context = null!;
    private DayData _data = null!;
    private Space _space = null!;

    public async Task<string> Start(WorldRecipe recipe, int index, int lo, int hi)
    {
        var (spec, population) = await PopulationCache.GetAsync(recipe);
        _context = population.NewContext();
        _space = new Space(spec.Space);
        _data = new DayData(_space.Count, population.Professionals.Count);
        _context.Begin(_data);
        _block = population.Block(index, lo, hi, _context);
        return silo.SiloAddress.Endpoint.ToString();
    }

    public Task<Immutable<byte[]>> Act(DayWire day)
    {
        Begin(day);
        _block.BeginDay();
        _block.Act(_context);
        return Task.FromResult(Blit.Bytes(_block.Outbox.Items).AsImmutable());
    }

    public Task<DeliveryWire> Deliver(int round, Immutable<byte[]> inbox)
    {
        _block.Deliver(_context, round, Blit.Span<Message>(inbox.Value));
        return Task.FromResult(round == 0
            ? new DeliveryWire(Blit.Bytes(_block.Replies.Items), Blit.Bytes(_block.Late[0].Items), [])
            : new DeliveryWire([], Blit.Bytes(_block.Late[1].Items), Blit.Bytes<ResidentStatus>(_block.Status)));
    }

    public Task<TallyWire> Tally(DayWire day)
    {
        Begin(day);
        return Task.FromResult(TallyWire.From(ResidentTally.Of(_context, _block)));
    }

    public Task<SnapshotWire> Snapshot(DayWire day)
    {
        Begin(day);
        var counts = new int[_block.Count];
        var ties = new List<TieView>();
        var knows = new bool[_block.Count];
        var roles = new byte[_block.Count];
        for (var i = 0; i < _block.Count; i++)
        {
            var id = _block.Lo + i;
            var mine = _block.TiesOf(id, _context);
            counts[i] = mine.Count;
            ties.AddRange(mine);
            knows[i] = _block.KnowsContactOf(id);
            roles[i] = (byte)_block.RoleOf(id);
        }
        return Task.FromResult(new SnapshotWire(counts, Blit.Bytes<TieView>(ties.ToArray()), knows, roles));
    }

    public Task Trace(int resident)
    {
        _block.Trace(resident);
        return Task.CompletedTask;
    }

    public Task<JourneyWire> History(int resident, DayWire day)
    {
        Begin(day);
        return Task.FromResult(JourneyWire.From(_block.History(resident, _context, _space)));
    }

    private void Begin(DayWire day)
    {
        day.WriteTo(_data);
        _context.Begin(_data);
    }
}
