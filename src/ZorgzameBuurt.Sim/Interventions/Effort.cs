namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>Effort and reach of one intervention so far (MODEL.md §6 effort indicators).</summary>
public sealed class Effort(int residents)
{
    private readonly bool[] _reached = new bool[residents];

    public double VolunteerHours { get; internal set; }
    public double ProfessionalHours { get; internal set; }
    public double CostEuros { get; internal set; }
    public int PeopleReached { get; private set; }
    public int VulnerableReached { get; private set; }

    /// <summary>People who were lonely when the intervention first reached them (who outreach finds, MODEL.md §7 pattern 5).</summary>
    public int LonelyReached { get; private set; }

    internal void Reach(int resident, bool vulnerable, bool lonely)
    {
        if ((uint)resident >= (uint)_reached.Length || _reached[resident]) return;
        _reached[resident] = true;
        PeopleReached++;
        if (vulnerable) VulnerableReached++;
        if (lonely) LonelyReached++;
    }

    public bool WasReached(int resident) => _reached[resident];

    /// <summary>The totals so far, as plain numbers (what the indicators and other hosts need).</summary>
    public EffortTotals Totals => new(VolunteerHours, ProfessionalHours, CostEuros, PeopleReached, VulnerableReached, LonelyReached);
}

/// <summary>An intervention's effort and reach so far. Immutable.</summary>
public readonly record struct EffortTotals(double VolunteerHours, double ProfessionalHours, double CostEuros, int PeopleReached,
    int VulnerableReached, int LonelyReached);
