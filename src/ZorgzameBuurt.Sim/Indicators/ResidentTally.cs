using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Indicators;

/// <summary>
/// A block's part of the indicators: its residents counted overall and by subgroup, and its event counters. Every
/// quantity is an integer (loneliness in fixed point), so parts add up to the same totals in any grouping: the
/// indicators of a world do not depend on how its residents are cut into blocks. A plain data record for hosts to
/// pass around; changed only by <see cref="Of"/> and <see cref="Add"/>.
/// </summary>
public sealed class ResidentTally
{
    /// <summary>Quantities per group: residents, hidden, lonely, loneliness (fixed point), isolated, weak ties, latent support,
    /// unmet days, waiting (at the hub or on a service's list), in service, belonging (fixed point).</summary>
    public const int Fields = 11;

    /// <summary>Overall, then each subgroup of <see cref="Subgroup.Names"/>.</summary>
    public const int Groups = 9;

    /// <summary>Loneliness is summed in units of 2^-32.</summary>
    public const double LonelinessUnit = 1.0 / (1L << 32);

    private const float LatentSupport = 0.4f;

    public long[] Values { get; init; } = new long[Fields * Groups];
    public long RightsOpen { get; set; }
    public long Roles { get; set; }
    public Counters Counters { get; init; } = new();

    public long this[int group, int field] => Values[group * Fields + field];

    public void Add(ResidentTally other)
    {
        for (var k = 0; k < Values.Length; k++) Values[k] += other.Values[k];
        RightsOpen += other.RightsOpen;
        Roles += other.Roles;
        other.Counters.AddTo(Counters);
    }

    /// <summary>A block's part, read between days.</summary>
    public static ResidentTally Of(DayContext c, ResidentBlock b)
    {
        var tally = new ResidentTally();
        b.Counters.AddTo(tally.Counters);
        var threshold = c.Threshold;
        var min = c.DropBelow;
        // Isolated: no tie outside the household strong enough to carry help (w ≥ the strong-tie level, 0.5): nobody
        // outside one's home to call on. Household ties (0.9, never decaying) and w_min (the drop level) would make
        // everyone who does not live alone, and in practice everyone, count as connected (docs/model.md §9).
        var meaningfulTie = c.StrongTie;
        Span<int> member = stackalloc int[8];
        Span<long> row = stackalloc long[Fields];
        for (var i = 0; i < b.Count; i++)
        {
            var state = b.NeedState[i];
            var open = state != NeedState.None;
            if (open && b.NeedKind[i] == NeedKind.Rights) tally.RightsOpen++;
            if (b.Role[i].IsInclusive()) tally.Roles++;
            var meaningful = 0;
            var weak = 0;
            var latent = false;
            var street = b.Street[i];
            foreach (var e in b.Ties.Of(i))
            {
                if (e.Kind == TieKind.Professional) continue;
                var s = c.Decay.Strength(e, c.Day);
                if (s < min) continue;
                if (e.Kind != TieKind.Household && s >= meaningfulTie) meaningful++;
                if (e.Kind is TieKind.Neighbour or TieKind.Friend or TieKind.Volunteer) weak++;
                if (!latent && e.Kind != TieKind.Household && s >= LatentSupport && c.Layout.StreetOf(e.Other) == street) latent = true;
            }
            row[0] = 1;
            row[1] = state == NeedState.Hidden ? 1 : 0;
            row[2] = b.Loneliness[i] >= threshold ? 1 : 0;
            row[3] = (long)((double)b.Loneliness[i] / LonelinessUnit);
            row[4] = meaningful == 0 ? 1 : 0;
            row[5] = weak;
            row[6] = latent ? 1 : 0;
            row[7] = b.UnmetDays[i] + (open ? c.Day - b.NeedOnset[i] : 0);
            row[8] = state is NeedState.Signalled or NeedState.Waiting ? 1 : 0;
            row[9] = state == NeedState.InService ? 1 : 0;
            row[10] = (long)((double)b.Belonging[i] / LonelinessUnit);
            tally.AddRow(0, row);
            var n = Subgroup.Of(b.Age[i], b.Trait[i], member);
            for (var g = 0; g < n; g++) tally.AddRow(1 + member[g], row);
        }
        return tally;
    }

    private void AddRow(int group, ReadOnlySpan<long> row)
    {
        var at = group * Fields;
        for (var f = 0; f < Fields; f++) Values[at + f] += row[f];
    }
}
