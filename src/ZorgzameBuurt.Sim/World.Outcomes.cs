using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim;

/// <summary>Per-resident outcomes, for effects measured among the residents an intervention reached.</summary>
public sealed partial class World
{
    /// <summary>
    /// One value per resident (index = resident id) of <paramref name="metric"/> today: <c>unmet_need_days</c> (days
    /// of finished needs plus the days the open need has been open, as the indicator of that name sums them) or
    /// <c>loneliness</c>. A new array each call.
    /// </summary>
    public double[] ResidentValues(string metric)
    {
        var r = Residents;
        var values = new double[r.Count];
        switch (metric)
        {
            case "unmet_need_days":
                for (var id = 0; id < values.Length; id++)
                    values[id] = r.UnmetDays[id] + (r.NeedState[id] != NeedState.None ? Day - r.NeedOnset[id] : 0);
                break;
            case "loneliness":
                for (var id = 0; id < values.Length; id++) values[id] = r.Loneliness[id];
                break;
            default:
                throw new ArgumentException($"Unknown resident metric '{metric}'; known: unmet_need_days, loneliness.", nameof(metric));
        }
        return values;
    }
}
