using Orleans.Concurrency;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Orleans.Worlds;

/// <summary>Hosts one running intervention with its own state and its own view of the town (census, the day's data,
/// the statuses the world hands it each day); the same intervention code as the in-process engine.</summary>
public sealed class InterventionGrain : Grain, IInterventionGrain
{
    private readonly MessageBuffer _out = new();
    private IIntervention _intervention = null!;
    private InterventionContext _context = null!;
    private Town _town = null!;

    public async Task Start(WorldRecipe recipe, string key, int index, int occurrence, DayWire day, byte[] statuses, string[] closed)
    {
        var (spec, population) = await PopulationCache.GetAsync(recipe);
        var space = new Space(spec.Space);
        foreach (var c in closed)
        {
            var at = c.LastIndexOf('/');
            WorldInputs.Close(space, c[..at], c[(at + 1)..]);
        }
        _town = population.NewTown(space);
        Take(day, statuses);
        _intervention = InterventionCatalog.Create(key, spec.Interventions);
        _context = new InterventionContext(_town, _out, index, occurrence, new Effort(population.Residents.Count));
        _intervention.Start(_context);
    }

    public Task<InterventionDayWire> OnDay(DayWire day, Immutable<byte[]> statuses)
    {
        Take(day, statuses.Value);
        _out.Clear();
        _town.BeginDay();
        _intervention.OnDay(_context);
        var points = Enumerable.Range(0, _town.Space.Count).Where(_town.HasServicePoint).ToArray();
        return Task.FromResult(new InterventionDayWire(Blit.Bytes(_out.Items), points));
    }

    public Task<EffortWire> Effort() => Task.FromResult(EffortWire.From(_context.Effort.Totals));

    private void Take(DayWire day, byte[] statuses)
    {
        day.WriteTo(_town.Data);
        Blit.Span<ResidentStatus>(statuses).CopyTo(_town.Statuses);
    }
}
