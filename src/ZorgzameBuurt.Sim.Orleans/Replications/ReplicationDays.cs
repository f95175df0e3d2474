using ZorgzameBuurt.Sim.Analysis;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Orleans.Replications;

/// <summary>
/// The day loop of one replication, shared by the in-process runner (Experiments' WorldRun) and the
/// replication grain: steps a world day by day, taking indicators every <c>interval</c> days and at the
/// end exactly as <see cref="World.Run"/> does; the end set adds the network indicators of the day's tie snapshot
/// (<see cref="NetworkIndicators"/>). Plain C#: nothing here knows of Orleans.
/// </summary>
public static class ReplicationDays
{
    /// <summary>
    /// Runs <paramref name="world"/> for <paramref name="days"/> days; returns the indicator series, the last
    /// set being the end. Checks <paramref name="cancellation"/> before every day.
    /// </summary>
    public static IReadOnlyList<IndicatorSet> Run(World world, int days, int interval, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(interval);
        var series = new List<IndicatorSet>(interval > 0 ? days / interval + 1 : 1);
        for (var d = 0; d < days; d++)
        {
            cancellation.ThrowIfCancellationRequested();
            world.Step();
            if (interval > 0 && world.Day % interval == 0 && d < days - 1)
            {
                series.Add(world.Indicators());
            }
        }

        series.Add(NetworkIndicators.Append(world.Indicators(), world));
        return series;
    }
}
