using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;

namespace ZorgzameBuurt.Sim.Analysis;

/// <summary>
/// Who can reach help over ties, and through whom (issue 14 item 5), computed with QuikGraph on a
/// <see cref="TieSnapshot"/>: connected components, each resident's distance to help (hops over ties to a
/// professional or a volunteer who knows one), the residents whose loss would cut others off from help, and the
/// residents without any tie. Immutable result.
/// </summary>
public sealed class NetworkAnalysis
{
    /// <summary>Distance of a resident with no path to help.</summary>
    public const int Unreachable = -1;

    /// <summary>
    /// A tie carries a signal in the analysis when at least this strong: the strength of a new acquaintance
    /// (ModelParameters Ties.NewTieStrength default). ASSUMED; fading ties below it still show in the view.
    /// </summary>
    public const float MinimumStrength = 0.1f;

    private NetworkAnalysis(int day, int components, int[] component, int[] distance, bool[] cut, int[] cutOff, bool[] isolated)
    {
        Day = day;
        Components = components;
        Component = component;
        DistanceToHelp = distance;
        IsCutVertex = cut;
        CutOffBy = cutOff;
        IsIsolated = isolated;
    }

    public int Day { get; }

    /// <summary>
    /// Connected components holding at least one resident, over residents' ties (at least <see cref="MinimumStrength"/>) among themselves and to the help
    /// circuit (an isolated resident is one; ties to first-line professionals are left out, see <see cref="TieSnapshot.Helpers"/>).
    /// </summary>
    public int Components { get; }

    /// <summary>Per agent: the index of its component.</summary>
    public IReadOnlyList<int> Component { get; }

    /// <summary>Per agent: hops to the nearest source of help (0 for a helper), or <see cref="Unreachable"/>.</summary>
    public IReadOnlyList<int> DistanceToHelp { get; }

    /// <summary>Per agent: a resident whose loss would leave at least one other resident without a path to help.</summary>
    public IReadOnlyList<bool> IsCutVertex { get; }

    /// <summary>Per agent: how many residents would lose every path to help if this one were gone.</summary>
    public IReadOnlyList<int> CutOffBy { get; }

    /// <summary>Per agent: a resident without a tie to another resident or to the help circuit.</summary>
    public IReadOnlyList<bool> IsIsolated { get; }

    public static NetworkAnalysis Of(TieSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var agents = snapshot.Agents;
        // The snapshot holds each tie once and the virtual source one edge per helper, so no edge can repeat: parallel
        // edges are allowed only to spare QuikGraph a search of the adjacency on every AddEdge.
        var graph = new UndirectedGraph<int, SUndirectedEdge<int>>(allowParallelEdges: true);
        graph.AddVertexRange(Enumerable.Range(0, agents));
        var isolated = new bool[agents];
        foreach (var t in snapshot.Ties)
        {
            // Paths run between residents and into the help circuit, never through a first-line professional.
            if (t.Strength < MinimumStrength || (t.B >= snapshot.Residents && !snapshot.Helpers[t.B])) continue;
            graph.AddEdge(new SUndirectedEdge<int>(t.A, t.B));
        }

        var componentOf = new Dictionary<int, int>(agents);
        graph.ConnectedComponents(componentOf);
        var component = new int[agents];
        var withResidents = new HashSet<int>();
        for (var v = 0; v < agents; v++)
        {
            component[v] = componentOf[v];
            if (v < snapshot.Residents) withResidents.Add(component[v]);
            isolated[v] = v < snapshot.Residents && graph.AdjacentDegree(v) == 0;
        }
        var components = withResidents.Count;

        // One virtual source tied to every helper: a breadth-first search from it gives each agent's distance to
        // help, and a vertex that separates anyone from it cuts them off from help.
        var source = agents;
        graph.AddVertex(source);
        for (var v = 0; v < agents; v++)
            if (snapshot.Helpers[v]) graph.AddEdge(new SUndirectedEdge<int>(v, source));
        var distance = Distances(graph, source, agents);
        var (cut, cutOff) = CutVertices(graph, source, agents, snapshot.Residents);
        return new NetworkAnalysis(snapshot.Day, components, component, distance, cut, cutOff, isolated);
    }

    private static int[] Distances(UndirectedGraph<int, SUndirectedEdge<int>> graph, int source, int agents)
    {
        var distance = new int[agents + 1];
        Array.Fill(distance, Unreachable);
        distance[source] = 0;
        var bfs = new UndirectedBreadthFirstSearchAlgorithm<int, SUndirectedEdge<int>>(graph);
        bfs.TreeEdge += (_, e) =>
        {
            var (from, to) = e.Reversed ? (e.Edge.Target, e.Edge.Source) : (e.Edge.Source, e.Edge.Target);
            distance[to] = distance[from] + 1;
        };
        bfs.Compute(source);
        var result = new int[agents];
        for (var v = 0; v < agents; v++) result[v] = distance[v] < 0 ? Unreachable : distance[v] - 1;
        return result;
    }

    /// <summary>
    /// Articulation points below the virtual source (iterative Tarjan over QuikGraph's adjacency; QuikGraph 2.5 has
    /// no articulation-point algorithm and a recursive search would overflow the stack on large worlds). A non-root
    /// vertex v cuts off the subtree of a child c with low[c] ≥ discovery[v]: every resident in it loses help.
    /// </summary>
    private static (bool[] Cut, int[] CutOff) CutVertices(UndirectedGraph<int, SUndirectedEdge<int>> graph, int source, int agents, int residents)
    {
        var total = agents + 1;
        var discovery = new int[total];
        var low = new int[total];
        var parent = new int[total];
        var subtreeResidents = new int[total];
        var cutOff = new int[agents];
        var next = new int[total];
        var adjacency = new int[total][];
        for (var v = 0; v < total; v++)
            adjacency[v] = [.. graph.AdjacentEdges(v).Select(e => e.Source == v ? e.Target : e.Source)];
        Array.Fill(discovery, -1);
        var clock = 0;
        var stack = new Stack<int>();
        discovery[source] = low[source] = clock++;
        parent[source] = -1;
        stack.Push(source);
        while (stack.Count > 0)
        {
            var v = stack.Peek();
            if (next[v] < adjacency[v].Length)
            {
                var w = adjacency[v][next[v]++];
                if (discovery[w] < 0)
                {
                    parent[w] = v;
                    discovery[w] = low[w] = clock++;
                    stack.Push(w);
                }
                else if (w != parent[v])
                {
                    low[v] = Math.Min(low[v], discovery[w]);
                }
                continue;
            }
            stack.Pop();
            if (v < residents) subtreeResidents[v]++;
            var u = parent[v];
            if (u < 0) continue;
            low[u] = Math.Min(low[u], low[v]);
            subtreeResidents[u] += subtreeResidents[v];
            if (u != source && low[v] >= discovery[u]) cutOff[u] += subtreeResidents[v];
        }
        var cut = new bool[agents];
        for (var v = 0; v < residents; v++) cut[v] = cutOff[v] > 0;
        return (cut, cutOff);
    }
}
