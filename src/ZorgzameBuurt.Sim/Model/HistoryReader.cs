using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>Reads a resident's journey and ties from the block that owns her (events in day order, then log order).</summary>
internal static class HistoryReader
{
    public static ResidentHistory Read(ResidentBlock b, int i, DayContext c, Space space, int day) => new(
        b.Lo + i,
        b.Age[i],
        b.Trait[i],
        space.Names[b.Settlement[i]],
        b.Loneliness[i],
        b.Trust[i],
        b.Role[i],
        b.NeedState[i] == NeedState.None ? null : b.NeedKind[i],
        b.NeedState[i],
        TiesOf(b, i, c.Decay, day),
        b.Events.Where(e => e.Resident == b.Lo + i).OrderBy(e => e.Day).ToList());

    public static IReadOnlyList<TieView> TiesOf(ResidentBlock b, int i, DecayTable decay, int day)
    {
        var list = new List<TieView>();
        foreach (var e in b.Ties.Of(i))
            list.Add(new TieView(e.Other, e.Kind, decay.Strength(e, day), e.Day));
        return list;
    }
}
