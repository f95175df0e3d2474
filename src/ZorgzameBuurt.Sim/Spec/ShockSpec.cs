namespace ZorgzameBuurt.Sim.Spec;

/// <summary>Shocks: lockdowns and facility closures (MODEL.md §4; S000 Ch3 §1.1).</summary>
public sealed class ShockSpec
{
    public List<LockdownSpec> Lockdowns { get; set; } = [];
    public List<FacilityClosureSpec> FacilityClosures { get; set; } = [];
}

/// <summary>Days [Start, End): meetings, visits and restaurants stop; calls continue (COVID, March 2020).</summary>
public sealed class LockdownSpec
{
    [Parameter(0, 36500, "scenario", Doc = "First day of the lockdown.")]
    public int Start { get; set; }

    [Parameter(0, 36500, "scenario", Doc = "First day after the lockdown.")]
    public int End { get; set; }

    [Parameter(0, 1, "ASSUMED", Doc = "Factor on everyday face-to-face contact during a lockdown.")]
    public double ContactFactor { get; set; } = 0.5;
}

/// <summary>From day Day the settlement loses a facility; trips for it go to the nearest settlement that has one.</summary>
public sealed class FacilityClosureSpec
{
    [Parameter(0, 36500, "scenario", Doc = "Day of the closure.")]
    public int Day { get; set; }

    public string Settlement { get; set; } = "";

    /// <summary>One of <see cref="SettlementSpec.FacilityKinds"/>.</summary>
    public string Facility { get; set; } = "";
}
