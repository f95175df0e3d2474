namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>
/// A world a class watches live, whatever hosts it: the in-process engine (<see cref="InProcessLiveWorld"/>) or,
/// later, the Orleans world grain. Every call is asynchronous so it maps onto a grain call; callers serialise
/// their calls (the workbench session does), so an implementation need not be thread-safe.
/// </summary>
public interface ILiveWorld : IAsyncDisposable
{
    /// <summary>Day, residents, the interventions acting now and the switches made so far.</summary>
    ValueTask<LiveStatus> StatusAsync();

    /// <summary>Advances one day and reports it.</summary>
    ValueTask<DayReport> StepAsync();

    /// <summary>The chart indicators today.</summary>
    ValueTask<DayReport> TodayAsync();

    /// <summary>Today's network: agents with their place and state, the ties, and the network analysis.</summary>
    ValueTask<NetworkView> NetworkAsync();

    /// <summary>A resident's card and journey, beside the same resident in the world without the switched interventions.</summary>
    ValueTask<ResidentView> ResidentAsync(int resident);

    /// <summary>Switches intervention <paramref name="key"/> on or off from the next day.</summary>
    ValueTask SwitchAsync(string key, bool on);

    /// <summary>A lockdown from today, in both the world and its counterfactual twin.</summary>
    ValueTask LockdownNowAsync(double contactFactor, int days);

    ValueTask EndLockdownAsync();

    /// <summary>Closes a facility from today, in both worlds.</summary>
    ValueTask CloseFacilityNowAsync(string settlement, string facility);

    /// <summary>Starts over with a new scenario, seed and mix (the scenario has been validated by the caller).</summary>
    ValueTask ResetAsync(LiveWorldSetup setup);
}
