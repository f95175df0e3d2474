namespace ZorgzameBuurt.Sim.Experiments.Report;

/// <summary>How the report names and formats one indicator.</summary>
/// <param name="Name">Indicator name (snake_case).</param>
/// <param name="Label">Plain-language label for headings and axes.</param>
/// <param name="Group">Section the indicator's chart is shown under.</param>
/// <param name="LowerIsBetter">Direction of improvement, or null when the report does not know it.</param>
/// <param name="IsShare">Value is a fraction 0..1: shown as a percentage, differences in percentage points.</param>
public sealed record IndicatorInfo(string Name, string Label, string Group, bool? LowerIsBetter, bool IsShare)
{
    /// <summary>Unit of a value, e.g. "days", "EUR", "hours"; empty for shares (shown as %) and plain counts or scores.</summary>
    public string Unit { get; init; } = "";
}

/// <summary>Labels, sections and directions of the indicators and subgroups the report knows by name.</summary>
public static class IndicatorCatalog
{
    public const string GapGroup = "Gap between need and help";
    public const string NetworkGroup = "Social network and loneliness";
    public const string EffortGroup = "Effort and reach";
    public const string FlowGroup = "How need and ties flow";
    public const string OtherGroup = "Other indicators";

    private static readonly Dictionary<string, IndicatorInfo> Known = new IndicatorInfo[]
    {
        new("hidden_need_share", "Residents with hidden need", GapGroup, true, true),
        new("waiting_need_share", "Residents whose need waits for help", GapGroup, true, true),
        new("in_service_share", "Residents whose need is in service", FlowGroup, null, true),
        new("waits_expired", "Waits for a service that ran out", GapGroup, true, false),
        new("questions_handed_on", "Questions the hub handed straight on", FlowGroup, null, false),
        new("cases_referred_on_under_load", "Cases the hub referred on under load", FlowGroup, null, false),
        new("unmet_need_days", "Days of unmet need", GapGroup, true, false) { Unit = "days" },
        new("unmet_need_days_per_resident", "Days of unmet need per resident", GapGroup, true, false) { Unit = "days" },
        new("detection_latency_days", "Days from need to detection (mean)", GapGroup, true, false) { Unit = "days" },
        new("detection_latency_days_p90", "Days from need to detection (90th percentile)", GapGroup, true, false) { Unit = "days" },
        new("signals_lost", "Signals of need lost", GapGroup, true, false),
        new("referral_success_rate", "Referrals that succeed", GapGroup, false, true),
        new("needs_resolved", "Needs resolved", GapGroup, false, false),
        new("rights_not_taken_up", "Residents not taking up their rights", GapGroup, true, false),
        new("lonely_share", "Residents who are lonely", NetworkGroup, true, true),
        new("mean_loneliness", "Mean loneliness score", NetworkGroup, true, false),
        new("mean_belonging", "Mean sense of belonging", NetworkGroup, false, false),
        new("isolated_share", "Residents without a meaningful tie outside their household", NetworkGroup, true, true),
        new("weak_tie_density", "Weak ties per resident", NetworkGroup, false, false),
        new("latent_support_share", "Residents with a neighbour to call on", NetworkGroup, false, true),
        new("inclusive_roles", "Residents in an inclusive role", NetworkGroup, false, false),
        new("partnership_density", "Partnerships between organisations", NetworkGroup, false, false),
        new("volunteer_hours", "Volunteer hours", EffortGroup, null, false) { Unit = "hours" },
        new("professional_hours", "Paid staff hours", EffortGroup, null, false) { Unit = "hours" },
        new("staff_hours", "Hours of work (paid + volunteer)", EffortGroup, null, false) { Unit = "hours" },
        new("cost_euros", "Cost", EffortGroup, true, false) { Unit = "EUR" },
        new("volunteer_dropouts", "Volunteers who stopped", EffortGroup, true, false),
        new("people_reached", "Residents reached", EffortGroup, null, false),
        new("vulnerable_reached", "Vulnerable residents reached", EffortGroup, null, false),
        new("lonely_reached", "Lonely residents reached", EffortGroup, null, false),
        new("needs_arisen", "Needs that arose", FlowGroup, null, false),
        new("detections", "Needs detected", FlowGroup, null, false),
        new("needs_resolved_informally", "Needs resolved by neighbours", FlowGroup, null, false),
        new("needs_self_resolved", "Needs that resolved themselves", FlowGroup, null, false),
        new("needs_resolved_by_referral", "Needs resolved through a referral", FlowGroup, null, false),
        new("referral_attempts", "Referral attempts", FlowGroup, null, false),
        new("organised_detections", "Detections in organised contacts", FlowGroup, null, false),
        new("first_line_signals", "Signals reaching the first line", FlowGroup, null, false),
        new("residents", "Residents", FlowGroup, null, false),
        new("ties_formed", "Ties formed", FlowGroup, null, false),
        new("ties_dropped", "Ties dropped", FlowGroup, null, false),
        new("contacts", "Contacts", FlowGroup, null, false),
        new("informal_help_share", "Needs helped by neighbours (share of needs)", FlowGroup, false, true),
        new("referral_resolved_share", "Needs resolved through a referral (share of needs)", FlowGroup, false, true),
        new("no_path_to_help_share", "Residents with no path over ties to help", NetworkGroup, true, true),
        new("mean_distance_to_help", "Mean ties between a resident and help", NetworkGroup, true, false),
        new("help_cut_vertices_per_1000", "Residents (per 1,000) whose loss cuts others off from help", NetworkGroup, true, false),
        new("tieless_share", "Residents without a tie to a neighbour, friend, kin or the help circuit", NetworkGroup, true, true),
        new("network_components_per_1000", "Separate parts of the network per 1,000 residents", NetworkGroup, true, false),
    }.ToDictionary(i => i.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Subgroups = new(StringComparer.Ordinal)
    {
        ["vulnerable"] = "Vulnerable",
        ["not_vulnerable"] = "Not vulnerable",
        ["living_alone"] = "Living alone",
        ["language_barrier"] = "Language barrier",
        ["age_75_plus"] = "Aged 75+",
    };

    /// <summary>
    /// What the report knows about <paramref name="name"/>; an unknown name gets a label made from the name,
    /// the "other" section, no direction, and is treated as a share when it ends in <c>_share</c>.
    /// </summary>
    public static IndicatorInfo Describe(string name) =>
        Known.TryGetValue(name, out var info)
            ? info
            : new IndicatorInfo(name, Humanize(name), OtherGroup, null, name.EndsWith("_share", StringComparison.Ordinal));

    /// <summary>Plain-language label of a subgroup key such as <c>age_75_plus</c>.</summary>
    public static string SubgroupLabel(string subgroup) =>
        Subgroups.TryGetValue(subgroup, out var label) ? label : Humanize(subgroup);

    private static string Humanize(string name)
    {
        var words = name.Replace('_', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
