using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Finds professional agents by kind: one per kind, preferably one based in the given settlement.</summary>
internal static class Staff
{
    /// <summary>The agent id of a professional of <paramref name="kind"/>, or −1 if the scenario has none.</summary>
    public static int Find(Town w, ProfessionalKind kind, int settlement)
    {
        var pro = w.Professionals;
        var first = -1;
        for (var j = 0; j < pro.Count; j++)
        {
            if (pro.Kind[j] != kind) continue;
            if (pro.Settlement[j] == settlement) return pro.FirstId + j;
            if (first < 0) first = pro.FirstId + j;
        }
        return first;
    }

    /// <summary>One agent per listed kind that exists (duplicates removed).</summary>
    public static int[] Present(Town w, IEnumerable<ProfessionalKind> kinds, int settlement) =>
        kinds.Distinct().Select(k => Find(w, k, settlement)).Where(a => a >= 0).ToArray();

    /// <summary>Every professional of the listed kinds.</summary>
    public static int[] All(Town w, IEnumerable<ProfessionalKind> kinds)
    {
        var set = kinds.ToHashSet();
        var pro = w.Professionals;
        return Enumerable.Range(0, pro.Count).Where(j => set.Contains(pro.Kind[j])).Select(j => pro.FirstId + j).ToArray();
    }

    public static ProfessionalKind KindOf(Town w, int agent) => w.Professionals.Kind[agent - w.Professionals.FirstId];

    /// <summary>Neither the hub nor first-line: an LDC or social worker, linked to the hub by <see cref="Staffing.HubLink"/>.</summary>
    public static bool NeedsHubLink(Town w, int agent)
    {
        var kind = KindOf(w, agent);
        return kind != ProfessionalKind.CareDirector && !Professionals.IsFirstLine(kind);
    }
}
