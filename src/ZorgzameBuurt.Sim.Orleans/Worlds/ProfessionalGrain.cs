using Orleans.Concurrency;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>Hosts one professional as a <see cref="ProfessionalBlock"/> of one: its inbox, then (a hub) its queue.</summary>
public sealed class ProfessionalGrain : Grain, IProfessionalGrain
{
    private ProfessionalBlock _block = null!;
    private DayContext _context = null!;
    private DayData _data = null!;

    public async Task Start(WorldRecipe recipe, int index)
    {
        var (spec, population) = await PopulationCache.GetAsync(recipe);
        _context = population.NewContext();
        _data = new DayData(spec.Space.Settlements.Count, population.Professionals.Count);
        _block = population.ProfessionalBlock(index, index + 1);
    }

    public Task<ProfessionalDayWire> Work(DayWire day, Immutable<byte[]> inbox)
    {
        Begin(day);
        _block.Work(_context, Blit.Span<Message>(inbox.Value));
        _block.PublishCards(_context, _data, day.Day + 1);
        var j = _block.Lo;
        return Task.FromResult(new ProfessionalDayWire(Blit.Bytes(_block.Out.Items), _data.ProfessionalRoute[j], _data.ProfessionalSkill[j], (byte)_data.ProfessionalCard[j]));
    }

    public Task<ProfessionalPartWire> Part(DayWire day)
    {
        Begin(day);
        return Task.FromResult(new ProfessionalPartWire(CountersWire.From(_block.Counters), _block.PartnershipSums(_context)[0]));
    }

    private void Begin(DayWire day)
    {
        day.WriteTo(_data);
        _context.Begin(_data);
    }
}
