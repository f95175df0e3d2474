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

    internal void Reach(int resident, bool vulnerable)
    {
        if ((uint)resident >= (uint)_reached.Length || _reached[resident]) return;
        _reached[resident] = true;
        PeopleReached++;
        if (vulnerable) VulnerableReached++;
    }

    public bool WasReached(int resident) => _reached[resident];
}
