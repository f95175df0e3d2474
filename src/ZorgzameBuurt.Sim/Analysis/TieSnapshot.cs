using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Analysis;

/// <summary>One undirected tie in a <see cref="TieSnapshot"/>: agents A &lt; B (residents first, then professionals).</summary>
public readonly record struct SnapshotTie(int A, int B, TieKind Kind, float Strength);

/// <summary>
/// The ties of a world on one day, read through the public World API (<see cref="World.TiesOf"/>), with what the
/// network analysis needs to know of each agent. Vertices 0..Residents−1 are residents, then the professionals.
/// Immutable once taken; the engine keeps its own tie store, this is a copy.
/// </summary>
public sealed class TieSnapshot
{
    private TieSnapshot(int day, int residents, int professionals, SnapshotTie[] ties, bool[] helpers)
    {
        Day = day;
        Residents = residents;
        Professionals = professionals;
        Ties = ties;
        Helpers = helpers;
    }

    public int Day { get; }
    public int Residents { get; }
    public int Professionals { get; }

    /// <summary>Residents plus professionals.</summary>
    public int Agents => Residents + Professionals;

    public IReadOnlyList<SnapshotTie> Ties { get; }

    /// <summary>
    /// Per agent: a source of help — a professional of the help circuit (care director, LDC worker, social worker),
    /// or a volunteer who knows the contact person or has a tie to the help circuit. First-line professionals (GP,
    /// home carer, nurse, pharmacist) are not: they pass a signal on only by chance (their referral attention), and
    /// nearly every resident has one, so counting them would put everyone one tie from help.
    /// </summary>
    public IReadOnlyList<bool> Helpers { get; }

    /// <summary>A snapshot from given ties (tests, other hosts); <paramref name="helpers"/> has one flag per agent.</summary>
    public static TieSnapshot Of(int residents, int professionals, IReadOnlyList<SnapshotTie> ties, IReadOnlyList<bool> helpers, int day = 0)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(helpers);
        if (helpers.Count != residents + professionals) throw new ArgumentException($"one helper flag per agent: {residents + professionals}, got {helpers.Count}", nameof(helpers));
        return new TieSnapshot(day, residents, professionals, [.. ties], [.. helpers]);
    }

    /// <summary>Copies today's ties of <paramref name="world"/>. A tie held by either side counts once.</summary>
    public static TieSnapshot Take(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Take(world.Day, world.Residents.Count, world.Professionals, world.TiesOf, world.KnowsContactPerson, world.RoleOf);
    }

    /// <summary>The same from what any host can read of each resident: her ties, whether she knows a contact person, her role.</summary>
    public static TieSnapshot Take(int day, int n, Professionals pros, Func<int, IReadOnlyList<TieView>> tiesOf, Func<int, bool> knowsContact,
        Func<int, Role> roleOf)
    {
        var professionals = pros.Count;
        var first = pros.FirstId;
        // Pairs hashed with a 64-bit mix: long's own hash, a ^ b, puts the ties of neighbours (close ids) into a few
        // buckets, which made a 1,000,000-resident snapshot take a minute instead of seconds.
        var seen = new HashSet<long>(PairKeyComparer.Instance);
        var ties = new List<SnapshotTie>();
        var helpers = new bool[n + professionals];
        for (var p = 0; p < professionals; p++) helpers[n + p] = IsHelpCircuit(pros.Kind[p]);
        for (var id = 0; id < n; id++)
        {
            var knowsProfessional = knowsContact(id);
            foreach (var t in tiesOf(id))
            {
                var other = t.Other >= first ? n + (t.Other - first) : t.Other;
                if (other >= n && helpers[other]) knowsProfessional = true;
                if (other == id || other < 0 || other >= helpers.Length) continue;
                var (a, b) = id < other ? (id, other) : (other, id);
                if (seen.Add(((long)a << 32) | (uint)b)) ties.Add(new SnapshotTie(a, b, t.Kind, (float)t.Strength));
            }
            helpers[id] = knowsProfessional && roleOf(id) != Role.None;
        }
        return new TieSnapshot(day, n, professionals, [.. ties], helpers);
    }

    private static bool IsHelpCircuit(ProfessionalKind kind) =>
        kind is ProfessionalKind.CareDirector or ProfessionalKind.LdcWorker or ProfessionalKind.SocialWorker;
}
