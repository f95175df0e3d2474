namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>An intervention or shock switched during the run, for the chart's time axis. Immutable.</summary>
public sealed record LiveSwitch(int Day, string What);

/// <summary>The state of a live world. Immutable.</summary>
public sealed record LiveStatus(
    string Scenario, ulong Seed, int Day, int Residents, string Versus,
    IReadOnlyList<string> Active, IReadOnlyList<string> Available, IReadOnlyList<string> Settlements,
    IReadOnlyList<string> Facilities, bool Lockdown, IReadOnlyList<LiveSwitch> Switches);

/// <summary>One day's chart indicators (name → value; NaN as null) and the need state of every resident. Immutable.</summary>
public sealed record DayReport(int Day, IReadOnlyDictionary<string, double?> Indicators, byte[] States, byte[] Loneliness, bool Lockdown);

/// <summary>
/// The network on one day. Agents 0..Residents−1 are residents, then professionals. Per agent: x, y (layout by
/// settlement and street), kind (0 resident, 1 volunteer, 2 professional), need state, loneliness (0..255), distance
/// to help (−1: none) and whether its loss cuts others off from help. Ties as flat arrays. Immutable.
/// </summary>
public sealed record NetworkView(
    int Day, int Residents, float[] X, float[] Y, byte[] Kind, byte[] States, byte[] Loneliness,
    int[] DistanceToHelp, bool[] CutVertex, int[] TieA, int[] TieB, byte[] TieKind, byte[] TieStrength,
    IReadOnlyDictionary<string, double?> Analysis);

/// <summary>A resident's card, journey and counterfactual. Immutable.</summary>
public sealed record ResidentView(
    int Resident, string Age, bool LivingAlone, IReadOnlyList<string> Traits, double Trust, double Loneliness,
    string Role, string Settlement, int Ties, IReadOnlyList<string> Timeline, IReadOnlyList<string> Counterfactual,
    IReadOnlyList<string> Summary, int HiddenDaysWith, int HiddenDaysWithout, string Mix, string Versus);
