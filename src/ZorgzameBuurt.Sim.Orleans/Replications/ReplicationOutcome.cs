using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Orleans.Replications;

/// <summary>
/// What a replication grain sends back: the silo that ran it and the indicator series (day order, the last
/// being the end), as plain arrays so the values cross the wire bit for bit. Immutable once built.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed record ReplicationOutcome(
    [property: Id(0)] string Silo,
    [property: Id(1)] int[] Days,
    [property: Id(2)] string[][] Names,
    [property: Id(3)] double[][] Values)
{
    /// <summary>At the end: which residents the mix reached (one byte each), and each asked metric per resident (floats' bytes).</summary>
    [Id(4)]
    public byte[]? Reached { get; init; }

    [Id(5)]
    public byte[][]? ResidentValues { get; init; }

    /// <summary>Packs a series for the wire.</summary>
    public static ReplicationOutcome From(string silo, IReadOnlyList<IndicatorSet> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var days = new int[series.Count];
        var names = new string[series.Count][];
        var values = new double[series.Count][];
        for (var i = 0; i < series.Count; i++)
        {
            days[i] = series[i].Day;
            names[i] = series[i].Names.ToArray();
            values[i] = series[i].Values.ToArray();
        }

        return new ReplicationOutcome(silo, days, names, values);
    }

    /// <summary>The series as indicator sets again, equal value for value to the ones packed.</summary>
    public IReadOnlyList<IndicatorSet> Series()
    {
        var series = new IndicatorSet[Days.Length];
        for (var i = 0; i < series.Length; i++)
        {
            var pairs = new KeyValuePair<string, double>[Names[i].Length];
            for (var k = 0; k < pairs.Length; k++)
            {
                pairs[k] = new(Names[i][k], Values[i][k]);
            }

            series[i] = new IndicatorSet(Days[i], pairs);
        }

        return series;
    }
}
