namespace ZorgzameBuurt.Sim.Model;

/// <summary>Assembles a resident's journey from the partition logs (in day order, then log order).</summary>
internal static class HistoryReader
{
    public static ResidentHistory Read(World w, int id)
    {
        var r = w.Residents;
        var events = w.Partitions.SelectMany(p => p.Events).Concat(w.HubEvents)
            .Where(e => e.Resident == id)
            .OrderBy(e => e.Day)
            .ToList();
        var state = r.NeedState[id];
        return new ResidentHistory(
            id,
            r.Age[id],
            r.Trait[id],
            w.Space.Names[r.Settlement[id]],
            r.Loneliness[id],
            r.Trust[id],
            r.Role[id],
            state == NeedState.None ? null : r.NeedKind[id],
            state,
            w.TiesOf(id),
            events);
    }
}
