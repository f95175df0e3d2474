namespace ZorgzameBuurt.Sim.Indicators;

/// <summary>The indicator names of MODEL.md §6 (snake_case, exactly as there) and the project's additions.</summary>
public static class IndicatorNames
{
    // Gaps (mazen).
    public const string HiddenNeedShare = "hidden_need_share";
    public const string UnmetNeedDays = "unmet_need_days";
    public const string DetectionLatencyDays = "detection_latency_days";
    public const string DetectionLatencyDaysP90 = "detection_latency_days_p90";
    public const string SignalsLost = "signals_lost";
    public const string ReferralSuccessRate = "referral_success_rate";
    public const string NeedsResolved = "needs_resolved";
    public const string RightsNotTakenUp = "rights_not_taken_up";

    /// <summary>Share of residents whose need waits: signalled at the hub, or on a service's waiting list (not hidden, not yet helped).</summary>
    public const string WaitingNeedShare = "waiting_need_share";

    /// <summary>Share of residents whose need is in service (taken up by a service, not yet resolved).</summary>
    public const string InServiceShare = "in_service_share";

    /// <summary>Waits on a service's list that ran out (the resident gave up; her need is hidden again, with less trust).</summary>
    public const string WaitsExpired = "waits_expired";

    /// <summary>Simple questions the hub handed straight on to a service (warm hand-on).</summary>
    public const string QuestionsHandedOn = "questions_handed_on";

    /// <summary>Cases the hub referred on without case work because they had waited too long at her desk.</summary>
    public const string CasesReferredOnUnderLoad = "cases_referred_on_under_load";

    // Net.
    public const string LonelyShare = "lonely_share";
    public const string MeanLoneliness = "mean_loneliness";
    public const string IsolatedShare = "isolated_share";
    public const string WeakTieDensity = "weak_tie_density";
    public const string LatentSupportShare = "latent_support_share";
    public const string InclusiveRoles = "inclusive_roles";
    public const string PartnershipDensity = "partnership_density";

    /// <summary>Mean belonging B (the slow part of loneliness, MODEL.md §3.9).</summary>
    public const string MeanBelonging = "mean_belonging";

    // Effort.
    public const string VolunteerHours = "volunteer_hours";
    public const string ProfessionalHours = "professional_hours";
    public const string CostEuros = "cost_euros";
    public const string VolunteerDropouts = "volunteer_dropouts";
    public const string PeopleReached = "people_reached";
    public const string VulnerableReached = "vulnerable_reached";

    /// <summary>Reached while lonely (loneliness at or above the threshold when first reached).</summary>
    public const string LonelyReached = "lonely_reached";

    // Additions that explain the flows.
    public const string NeedsArisen = "needs_arisen";
    public const string Detections = "detections";
    public const string NeedsResolvedInformally = "needs_resolved_informally";
    public const string NeedsSelfResolved = "needs_self_resolved";
    public const string ReferralAttempts = "referral_attempts";
    public const string UnmetNeedDaysPerResident = "unmet_need_days_per_resident";
    public const string Residents = "residents";
    public const string TiesFormed = "ties_formed";
    public const string TiesDropped = "ties_dropped";
    public const string Contacts = "contacts";
    public const string FirstLineSignals = "first_line_signals";

    /// <summary>Detections made in contacts an intervention organised (meals, calls, visits, meetings, chats).</summary>
    public const string OrganisedDetections = "organised_detections";

    /// <summary>Needs resolved through a referral (needs_resolved − needs_resolved_informally).</summary>
    public const string NeedsResolvedByReferral = "needs_resolved_by_referral";

    /// <summary>Per subgroup: needs helped informally ÷ needs that arose (who neighbour help reaches).</summary>
    public const string InformalHelpShare = "informal_help_share";

    /// <summary>Per subgroup: needs resolved through a referral ÷ needs that arose.</summary>
    public const string ReferralResolvedShare = "referral_resolved_share";
}
