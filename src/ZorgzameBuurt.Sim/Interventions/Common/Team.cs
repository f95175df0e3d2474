using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>
/// An intervention's volunteers in one role: who was asked (and when), who still holds the role. A role taken
/// today becomes visible tomorrow (messages are delivered after the intervention phase); a member whose role is
/// gone after that has dropped out (strain) and is pruned.
/// </summary>
internal sealed class Team(Role role, double trainedSkill)
{
    private readonly List<int> _members = [];
    private readonly List<int> _joined = [];
    private readonly List<int> _tags = [];

    public Role Role { get; } = role;

    /// <summary>Everyone this team ever asked (so nobody is asked twice).</summary>
    public HashSet<int> Asked { get; } = [];

    public int Count => _members.Count;

    public int this[int i] => _members[i];

    /// <summary>The intervention's tag of member i (e.g. the street it works in).</summary>
    public int Tag(int i) => _tags[i];

    /// <summary>Members that left the role so far.</summary>
    public int DroppedOut { get; private set; }

    /// <summary>Asks a resident to take the role (and trains them if the team is trained).</summary>
    public void Recruit(InterventionContext ctx, int id, int tag = 0)
    {
        Asked.Add(id);
        _members.Add(id);
        _joined.Add(ctx.Day);
        _tags.Add(tag);
        ctx.TakeRole(id, Role);
        if (trainedSkill > 0) ctx.Train(id, trainedSkill);
    }

    /// <summary>True once the role is visible on the member's card (from the day after recruitment).</summary>
    public bool IsReady(InterventionContext ctx, int i) => _joined[i] < ctx.Day && ctx.RoleOf(_members[i]) == Role;

    /// <summary>Removes members who no longer hold the role; returns how many left. The tags of those who left are
    /// added to <paramref name="leftTags"/> if given.</summary>
    public int Prune(InterventionContext ctx, List<int>? leftTags = null)
    {
        var left = 0;
        for (var i = _members.Count - 1; i >= 0; i--)
        {
            if (_joined[i] >= ctx.Day || ctx.RoleOf(_members[i]) == Role) continue;
            leftTags?.Add(_tags[i]);
            _members.RemoveAt(i);
            _joined.RemoveAt(i);
            _tags.RemoveAt(i);
            left++;
        }
        DroppedOut += left;
        return left;
    }

    /// <summary>Releases every member from the role (the activity ends).</summary>
    public void Disband(InterventionContext ctx)
    {
        foreach (var id in _members)
            if (ctx.RoleOf(id) == Role) ctx.TakeRole(id, Role.None);
        _members.Clear();
        _joined.Clear();
        _tags.Clear();
    }

    /// <summary>Removes one member without touching its role (e.g. promoted to another team).</summary>
    public void RemoveAt(int i)
    {
        _members.RemoveAt(i);
        _joined.RemoveAt(i);
        _tags.RemoveAt(i);
    }

    public bool Contains(int id) => _members.Contains(id);
}
