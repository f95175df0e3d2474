using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Analysis;

/// <summary>
/// The network analysis as end-of-run indicators (run --json, compare, the report). Computed from a tie snapshot
/// through the public World API after the last day; the engine's per-day code is not involved.
/// </summary>
public static class NetworkIndicators
{
    /// <summary>Connected components of the tie graph (residents and professionals) per 1,000 residents.</summary>
    public const string ComponentsPer1000 = "network_components_per_1000";

    /// <summary>Share of residents without a tie to another resident or to the help circuit (first-line professionals aside).</summary>
    public const string TielessShare = "tieless_share";

    /// <summary>Share of residents with no path over ties to a professional or a volunteer who knows one.</summary>
    public const string NoPathToHelpShare = "no_path_to_help_share";

    /// <summary>Mean number of ties between a resident and help, over residents with a path.</summary>
    public const string MeanDistanceToHelp = "mean_distance_to_help";

    /// <summary>Residents per 1,000 whose loss would cut at least one other resident off from help.</summary>
    public const string HelpCutVerticesPer1000 = "help_cut_vertices_per_1000";

    public static IReadOnlyList<string> Names { get; } =
        [ComponentsPer1000, TielessShare, NoPathToHelpShare, MeanDistanceToHelp, HelpCutVerticesPer1000];

    /// <summary>The indicators of <paramref name="analysis"/>, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Of(NetworkAnalysis analysis, int residents)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var n = Math.Max(1, residents);
        int tieless = 0, unreachable = 0, reachable = 0, cut = 0;
        long hops = 0;
        for (var v = 0; v < residents; v++)
        {
            if (analysis.IsIsolated[v]) tieless++;
            if (analysis.IsCutVertex[v]) cut++;
            var d = analysis.DistanceToHelp[v];
            if (d == NetworkAnalysis.Unreachable) unreachable++;
            else
            {
                reachable++;
                hops += d;
            }
        }
        return
        [
            new(ComponentsPer1000, 1000.0 * analysis.Components / n),
            new(TielessShare, tieless / (double)n),
            new(NoPathToHelpShare, unreachable / (double)n),
            new(MeanDistanceToHelp, reachable == 0 ? double.NaN : hops / (double)reachable),
            new(HelpCutVerticesPer1000, 1000.0 * cut / n),
        ];
    }

    /// <summary><paramref name="set"/> with the network indicators of <paramref name="world"/> appended.</summary>
    public static IndicatorSet Append(IndicatorSet set, World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Append(set, TieSnapshot.Take(world));
    }

    /// <summary><paramref name="set"/> with the network indicators of a snapshot appended.</summary>
    public static IndicatorSet Append(IndicatorSet set, TieSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(snapshot);
        var extra = Of(NetworkAnalysis.Of(snapshot), snapshot.Residents);
        return new IndicatorSet(set.Day, [.. set.Pairs(), .. extra]);
    }
}
