using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// Settlements with positions, streets, facilities and a barrier. Distances between settlements are
/// Euclidean plus the barrier's extra km when a trip crosses it. A facility closure removes a facility from
/// a settlement, so trips for it go further. Changed only by the world between days (a closure is a world-level input);
/// agents never read it: they get the day's distances to a service, and where they go for each facility (the foci
/// of their chance encounters), in <see cref="Processes.DayData"/>.
/// </summary>
public sealed class Space
{
    private readonly double[,] _distance;
    private readonly HashSet<string>[] _facilities;

    public Space(SpaceSpec spec)
    {
        var s = spec.Settlements;
        Names = s.Select(x => x.Name).ToArray();
        _facilities = s.Select(x => new HashSet<string>(x.Facilities, StringComparer.Ordinal)).ToArray();
        _distance = new double[s.Count, s.Count];
        for (var i = 0; i < s.Count; i++)
            for (var j = 0; j < s.Count; j++)
            {
                var d = i == j ? spec.IntraSettlementKm : Math.Sqrt(Math.Pow(s[i].X - s[j].X, 2) + Math.Pow(s[i].Y - s[j].Y, 2));
                if (spec.Barrier is { } b && s[i].Side != s[j].Side) d += b.ExtraKm;
                _distance[i, j] = d;
            }
        Recompute();
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>Km between two settlements (within one: the mean distance between its streets).</summary>
    public double Distance(int from, int to) => _distance[from, to];

    /// <summary>Km from a settlement to the nearest one with the facility; +∞ when none is left.</summary>
    public double DistanceToFacility(int from, string facility) => _toFacility.TryGetValue((from, facility), out var d) ? d.Km : double.PositiveInfinity;

    /// <summary>The settlement whose facility residents of <paramref name="from"/> use: their own while it is open,
    /// else the nearest that has one (the lowest index among equals); −1 when none is left.</summary>
    public int NearestWithFacility(int from, string facility) =>
        HasFacility(from, facility) ? from : _toFacility.TryGetValue((from, facility), out var d) ? d.Settlement : -1;

    /// <summary>Km to the nearest service point (social house or LDC); within the settlement while a mobile service
    /// (the mobile LDC) is there.</summary>
    public double DistanceToService(int from, bool mobileServiceHere = false)
    {
        var d = Math.Min(DistanceToFacility(from, "social_house"), DistanceToFacility(from, "ldc"));
        return mobileServiceHere ? Math.Min(d, _distance[from, from]) : d;
    }

    public int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++) if (Names[i] == name) return i;
        return -1;
    }

    public bool HasFacility(int settlement, string facility) => _facilities[settlement].Contains(facility);

    internal void Close(int settlement, string facility)
    {
        _facilities[settlement].Remove(facility);
        Recompute();
    }

    private Dictionary<(int, string), (double Km, int Settlement)> _toFacility = new();

    private void Recompute()
    {
        var map = new Dictionary<(int, string), (double, int)>();
        for (var i = 0; i < Count; i++)
            foreach (var f in SettlementSpec.FacilityKinds)
            {
                var best = double.PositiveInfinity;
                var at = -1;
                for (var j = 0; j < Count; j++)
                    if (_facilities[j].Contains(f) && _distance[i, j] < best)
                    {
                        best = _distance[i, j];
                        at = j;
                    }
                if (at >= 0) map[(i, f)] = (best, at);
            }
        _toFacility = map;
    }
}
