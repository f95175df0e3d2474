using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model.Processes;
using ZorgzameBuurt.Sim.Model.Synthesis;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// A synthesised population (MODEL.md §2, from the scenario and the seed) from which any host builds any block of
/// agents on its own: the in-process world builds all of them, an Orleans block grain only its own. The same
/// scenario and seed always give the same blocks. Immutable once built (blocks are fresh copies).
/// </summary>
public sealed class Population
{
    private readonly PopulationSynthesis _synthesis;

    private Population(ScenarioSpec spec, ulong seed)
    {
        Spec = spec;
        Seed = seed;
        _synthesis = PopulationSynthesis.Build(spec, new Space(spec.Space), seed);
        Layout = new Layout(Residents.Count, _synthesis.StreetStart, _synthesis.SettlementStreets, Professionals.Kind);
        _decay = new DecayTable(spec.Parameters.Ties);
    }

    private readonly DecayTable _decay;

    public static Population Build(ScenarioSpec spec, ulong seed) => new(spec, seed);

    public ScenarioSpec Spec { get; }
    public ulong Seed { get; }
    public Residents Residents => _synthesis.Residents;
    public Professionals Professionals => _synthesis.Professionals;
    public Layout Layout { get; }

    /// <summary>What the interventions of a world see, over that world's own <paramref name="space"/>.</summary>
    public Town NewTown(Space space) => new(Spec, Seed, Residents, Professionals, space, Layout, _synthesis.StreetSettlement);

    /// <summary>The context a host's blocks read (parameters, layout, the day's data).</summary>
    public DayContext NewContext() => new(Spec.Parameters, Seed, Layout, _decay);

    /// <summary>Residents [lo, hi) as a block at the start of the run: traits, state and ties, loneliness at its
    /// target, the starting stock of open needs, cards and statuses published. <paramref name="c"/> must hold day 0.</summary>
    public ResidentBlock Block(int index, int lo, int hi, DayContext c)
    {
        var b = new ResidentBlock(index, lo, hi);
        _synthesis.Fill(b);
        for (var i = 0; i < b.Count; i++)
        {
            Loneliness.Initialise(c, b, i);
            NeedOnset.SeedStock(c, b, i);
        }
        b.Publish(c);
        return b;
    }

    /// <summary>Professionals [lo, hi) as a block at the start of the run, with their starting partnerships.</summary>
    public ProfessionalBlock ProfessionalBlock(int lo, int hi)
    {
        var p = new ProfessionalBlock(lo, hi, Professionals, Spec.Parameters);
        _synthesis.Fill(p);
        return p;
    }
}
