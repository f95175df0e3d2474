using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>
/// The need state a node is coloured by. The engine knows none, hidden, at the hub and referred; the view adds
/// resolved and lost from the day-to-day change (shown for a week). Noticed-but-not-yet-signalled is in a resident's
/// journey, not in the colours. Kept per world by the live world; not thread-safe.
/// </summary>
internal sealed class DisplayState(int residents)
{
    public const byte None = 0, Hidden = 1, AtHub = 3, Referred = 4, Resolved = 5, Lost = 6;
    private const int Week = 7;

    private readonly NeedState[] _previous = new NeedState[residents];
    private readonly int[] _recentUntil = new int[residents];
    private readonly byte[] _recent = new byte[residents];

    /// <summary>Reads today's states and updates the recent resolved/lost marks.</summary>
    public byte[] Update(World world)
    {
        var states = new byte[_previous.Length];
        for (var id = 0; id < states.Length; id++)
        {
            var now = world.NeedStateOf(id);
            var before = _previous[id];
            if (before != NeedState.None && now == NeedState.None) Mark(id, Resolved, world.Day);
            else if (before is NeedState.Signalled or NeedState.Waiting && now is NeedState.Hidden) Mark(id, Lost, world.Day);
            _previous[id] = now;
            states[id] = now switch
            {
                NeedState.Hidden => _recentUntil[id] > world.Day && _recent[id] == Lost ? Lost : Hidden,
                NeedState.Signalled => AtHub,
                NeedState.Waiting or NeedState.InService => Referred,
                _ => _recentUntil[id] > world.Day && _recent[id] == Resolved ? Resolved : None,
            };
        }
        return states;
    }

    private void Mark(int id, byte state, int day)
    {
        _recent[id] = state;
        _recentUntil[id] = day + Week;
    }
}
