using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// A comparison of intervention mixes, summarised from their runs: each mix's indicators over replications, paired
/// differences against the reference mix (replication k against replication k, which drew the same random
/// numbers), cost-effectiveness, and time-series bands of a few indicators. Runs are streamed: memory holds the
/// reference mix's end indicators (one row per replication) and the running statistics, never all runs.
/// Deterministic: runs are read in (label, replication) order.
/// </summary>
public sealed class Comparison
{
    /// <summary>The indicators whose series are kept for the report: the main gap and net indicators.</summary>
    public static readonly IReadOnlyList<string> SeriesIndicators =
    [
        IndicatorNames.HiddenNeedShare, IndicatorNames.UnmetNeedDays, IndicatorNames.SignalsLost,
        IndicatorNames.LonelyShare, IndicatorNames.MeanLoneliness, IndicatorNames.IsolatedShare,
    ];

    private Comparison(string reference, IReadOnlyList<MixOutcome> mixes, SeriesBands series, IReadOnlyList<string> names, int day)
    {
        Reference = reference;
        Mixes = mixes;
        Series = series;
        Names = names;
        Day = day;
    }

    public string Reference { get; }

    /// <summary>The mixes in the order given, the reference among them.</summary>
    public IReadOnlyList<MixOutcome> Mixes { get; }

    public SeriesBands Series { get; }

    /// <summary>Every end indicator seen, in first-seen order (reference first), plus <see cref="IndicatorDirection.StaffHours"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Day of the end indicators.</summary>
    public int Day { get; }

    /// <summary>Fewest replications of any mix.</summary>
    public int Replications => Mixes.Count == 0 ? 0 : Mixes.Min(m => m.Runs);

    public MixOutcome this[string mix] => Mixes.First(m => m.Mix == mix);

    /// <summary>Summarises the runs of an experiment in the store (replications 0 … <paramref name="replications"/> − 1).</summary>
    public static Comparison FromStore(ResultsStore store, long experimentId, IReadOnlyList<string> mixes, string reference, int replications)
    {
        ArgumentNullException.ThrowIfNull(store);
        return From(label => store.ReadRuns(experimentId, label), mixes, reference, replications);
    }

    /// <summary>
    /// Summarises runs given per mix label in replication order (as <see cref="ResultsStore.ReadRuns"/> gives them);
    /// runs with replication ≥ <paramref name="replications"/> are left out.
    /// </summary>
    public static Comparison From(Func<string, IEnumerable<RunResult>> runsOf, IReadOnlyList<string> mixes, string reference, int replications)
    {
        ArgumentNullException.ThrowIfNull(runsOf);
        ArgumentNullException.ThrowIfNull(mixes);
        if (!mixes.Contains(reference, StringComparer.Ordinal))
            throw new ArgumentException($"The reference mix '{reference}' is not among the mixes.", nameof(reference));
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);

        var series = new SeriesBands(SeriesIndicators);
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var day = 0;

        // The reference first: keep its end values per replication for pairing.
        // (one array per replication, aligned to the reference's indicator names).
        var referenceOutcome = new MixOutcome(reference, isReference: true);
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        var baseline = new Dictionary<int, double[]>();
        foreach (var run in runsOf(reference))
        {
            if (run.Replication >= replications) continue;
            var values = Values(run);
            if (column.Count == 0)
                foreach (var name in values.Keys) column[name] = column.Count;
            var row = new double[column.Count];
            Array.Fill(row, double.NaN);
            foreach (var (name, value) in values)
                if (column.TryGetValue(name, out var c)) row[c] = value;
            baseline[run.Replication] = row;
            Add(referenceOutcome, run, values, series, names, seen);
            day = run.End.Day;
        }

        var outcomes = new List<MixOutcome>();
        foreach (var mix in mixes)
        {
            if (mix == reference)
            {
                outcomes.Add(referenceOutcome);
                continue;
            }
            var outcome = new MixOutcome(mix, isReference: false);
            foreach (var run in runsOf(mix))
            {
                if (run.Replication >= replications) continue;
                var values = Values(run);
                Add(outcome, run, values, series, names, seen);
                day = run.End.Day;
                if (!baseline.TryGetValue(run.Replication, out var b)) continue;
                foreach (var (name, value) in values)
                    if (column.TryGetValue(name, out var c)) outcome.AddDifference(name, b[c], value);
            }
            outcomes.Add(outcome);
        }
        return new Comparison(reference, outcomes, series, names, day);
    }

    private static Dictionary<string, double> Values(RunResult run)
    {
        var values = new Dictionary<string, double>(run.End.Count + 1, StringComparer.Ordinal);
        foreach (var (name, value) in run.End.Pairs()) values[name] = value;
        values.TryGetValue(IndicatorNames.ProfessionalHours, out var professional);
        values.TryGetValue(IndicatorNames.VolunteerHours, out var volunteer);
        values[IndicatorDirection.StaffHours] = professional + volunteer;
        return values;
    }

    private static void Add(MixOutcome outcome, RunResult run, Dictionary<string, double> values, SeriesBands series,
        List<string> names, HashSet<string> seen)
    {
        outcome.Levels.Add(run.End);
        outcome.Levels.AddValue(IndicatorDirection.StaffHours, values[IndicatorDirection.StaffHours]);
        foreach (var name in run.End.Names)
            if (seen.Add(name)) names.Add(name);
        if (seen.Add(IndicatorDirection.StaffHours)) names.Add(IndicatorDirection.StaffHours);
        series.Add(outcome.Mix, run.Series);
    }
}
