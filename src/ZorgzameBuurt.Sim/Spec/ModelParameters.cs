namespace ZorgzameBuurt.Sim.Spec;

/// <summary>
/// Every mechanism parameter of MODEL.md §3 with its default (§3a), range and source. Grouped by process;
/// each group maps to one mechanism file in Model/Processes.
/// </summary>
public sealed class ModelParameters
{
    public ContactParameters Contact { get; set; } = new();
    public TieParameters Ties { get; set; } = new();
    public NeedParameters Needs { get; set; } = new();
    public DetectionParameters Detection { get; set; } = new();
    public RoutingParameters Routing { get; set; } = new();
    public HubParameters Hub { get; set; } = new();
    public ServiceParameters Services { get; set; } = new();
    public LonelinessParameters Loneliness { get; set; } = new();
    public VolunteerParameters Volunteers { get; set; } = new();
}

/// <summary>Process 1: everyday contact.</summary>
public sealed class ContactParameters
{
    [Parameter(1, 6, "ASSUMED", Doc = "Everyday contacts per resident per day.")]
    public double PerDay { get; set; } = 3;

    [Parameter(0.1, 0.4, "ASSUMED (higher in a sub-village, S000 Ch3 §1.4)", Doc = "Share of contacts that are chance encounters in the street or village.")]
    public double ChanceShare { get; set; } = 0.2;

    [Parameter(0.25, 1, "ASSUMED", Doc = "Contact-rate factor with limited mobility.")]
    public double LimitedMobilityFactor { get; set; } = 0.5;

    [Parameter(0, 1, "ASSUMED (withdrawal: Cacioppo, Fowler & Christakis 2009)", Doc = "Withdrawal: rate × (1 − w·L).")]
    public double Withdrawal { get; set; } = 0.5;

    [Parameter(1, 3, "ASSUMED (MODEL.md §3.1 says weighted by strength; with exponent 1 and the §3a values ties never fade, see docs/model.md)", Doc = "A tie contact picks a tie with probability proportional to strength^exponent.")]
    public double SelectionExponent { get; set; } = 2;

    [Parameter(0, 1, "ASSUMED", Doc = "Share of chance encounters away from one's own street, at the foci of the village: the village at large and its facilities (each by its focus weight).")]
    public double OutsideStreetShare { get; set; } = 0.4;

    [Parameter(0, 1, "ASSUMED", Doc = "Share of tie contacts that are remote (the rest face-to-face): a phone call, or a chat for a digital user with chat_share.")]
    public double RemoteShare { get; set; } = 0.3;

    [Parameter(0, 1, "ASSUMED", Doc = "Share of a digital user's remote tie contacts that are chat messages (the rest phone calls).")]
    public double ChatShare { get; set; } = 0.5;

    [Parameter(0, 1, "ASSUMED (church, school gate, square: S000 Ch3 §1.4; MODEL.md §3.1)", Doc = "Focus weight of the village at large (church, school gate, square): foci no closure takes away; encounters there are always with the own settlement.")]
    public double VillageFocus { get; set; } = 0.3;

    [Parameter(0, 1, "ASSUMED (\"people greet each other in the shops\", S000 Ch3 §1.4; 2 butchers, 2 bakers)", Doc = "Focus weight of the shops (shop, baker, butcher) among the foci away from the street.")]
    public double ShopFocus { get; set; } = 0.3;

    [Parameter(0, 1, "ASSUMED (1 pharmacist in the sub-village, S000 Ch3 §1.4)", Doc = "Focus weight of the pharmacy.")]
    public double PharmacyFocus { get; set; } = 0.1;

    [Parameter(0, 1, "ASSUMED", Doc = "Focus weight of the GP's practice (waiting room).")]
    public double GpFocus { get; set; } = 0.1;

    [Parameter(0, 1, "ASSUMED (\"we had one bank here, but it moved to the ring road\", S000 Ch3 §1.4)", Doc = "Focus weight of the bank.")]
    public double BankFocus { get; set; } = 0.05;

    [Parameter(0, 1, "ASSUMED", Doc = "Focus weight of the LDC (local service centre).")]
    public double LdcFocus { get; set; } = 0.05;

    [Parameter(0, 1, "ASSUMED", Doc = "Focus weight of the social house.")]
    public double SocialHouseFocus { get; set; } = 0.05;

    [Parameter(0, 1, "ASSUMED (lost meeting places, S002 §Context)", Doc = "Focus weight of a standing meeting point (café, parish hall).")]
    public double MeetingPointFocus { get; set; } = 0.05;

    /// <summary>The focus weight of a facility kind (one of <see cref="SettlementSpec.FacilityKinds"/>).</summary>
    public double FocusWeight(string kind) => kind switch
    {
        "shop" => ShopFocus,
        "pharmacy" => PharmacyFocus,
        "gp" => GpFocus,
        "bank" => BankFocus,
        "ldc" => LdcFocus,
        "social_house" => SocialHouseFocus,
        "meeting_point" => MeetingPointFocus,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a facility kind."),
    };
}

/// <summary>Process 2: tie reinforcement, decay, formation, closure.</summary>
public sealed class TieParameters
{
    [Parameter(30, 1460, "ASSUMED", Doc = "Half-life (days) of a kin tie without contact; household ties do not decay.")]
    public double KinHalfLife { get; set; } = 365;

    [Parameter(30, 730, "ASSUMED", Doc = "Half-life (days) of a friend tie.")]
    public double FriendHalfLife { get; set; } = 180;

    [Parameter(15, 365, "ASSUMED", Doc = "Half-life (days) of a neighbour tie.")]
    public double NeighbourHalfLife { get; set; } = 90;

    [Parameter(15, 365, "ASSUMED", Doc = "Half-life (days) of a volunteer–resident tie.")]
    public double VolunteerHalfLife { get; set; } = 90;

    [Parameter(15, 365, "ASSUMED", Doc = "Half-life (days) of a professional–resident tie.")]
    public double ProfessionalHalfLife { get; set; } = 90;

    [Parameter(45, 730, "ASSUMED (S001: partnerships need upkeep)", Doc = "Half-life (days) of a partnership tie between professionals.")]
    public double PartnershipHalfLife { get; set; } = 180;

    [Parameter(0.075, 0.3, "ASSUMED (order face-to-face > phone > chat, S004)", Doc = "Reinforcement α per face-to-face contact: w ← w + α(1 − w).")]
    public double AlphaFaceToFace { get; set; } = 0.15;

    [Parameter(0.04, 0.16, "ASSUMED (order per S004)", Doc = "Reinforcement α per phone call.")]
    public double AlphaPhone { get; set; } = 0.08;

    [Parameter(0.015, 0.06, "ASSUMED (order per S004)", Doc = "Reinforcement α per chat message.")]
    public double AlphaChat { get; set; } = 0.03;

    [Parameter(0.05, 0.2, "ASSUMED", Doc = "Strength of a new weak tie.")]
    public double NewTieStrength { get; set; } = 0.1;

    [Parameter(0.01, 0.05, "ASSUMED", Doc = "A tie below this strength is dropped (w_min).")]
    public double DropBelow { get; set; } = 0.02;

    [Parameter(0.005, 0.1, "ASSUMED", Doc = "Probability that a chance encounter between similar people (same age band and origin) forms a tie.")]
    public double FormationSimilar { get; set; } = 0.03;

    [Parameter(0.001, 0.05, "ASSUMED", Doc = "Probability that a chance encounter between dissimilar people forms a tie.")]
    public double FormationDissimilar { get; set; } = 0.01;

    [Parameter(0, 1, "S003 Bijlage 4 Table 4 (in 47 of 95 projects some partners had worked together)", Doc = "Share of professional pairs with a partnership tie at the start.")]
    public double InitialPartnershipShare { get; set; } = 0.5;

    [Parameter(0.05, 0.8, "ASSUMED", Doc = "Strength of a partnership tie at the start.")]
    public double InitialPartnership { get; set; } = 0.3;

    [Parameter(0, 0.01, "ASSUMED", Doc = "Probability per contact over a strong tie (w ≥ strong_tie) that the other introduces one of their strong ties (triadic closure).")]
    public double TriadicClosure { get; set; } = 0.002;

    [Parameter(0.3, 0.8, "ASSUMED", Doc = "A tie at least this strong is a strong tie: a contact over it may bring an introduction to one of the other's strong ties (triadic closure).")]
    public double StrongTie { get; set; } = 0.5;

    [Parameter(0.05, 0.5, "ASSUMED (S002: \"Miet picks her up\")", Doc = "A resident who went to an organised activity tells her ties at least this strong, who may be brought along next time.")]
    public double BringAlongStrength { get; set; } = 0.2;
}

/// <summary>Processes 3, 4, 8: need onset, asking, service times.</summary>
public sealed class NeedParameters
{
    [Parameter(0.0005, 0.005, "ASSUMED", Doc = "Need hazard per resident-day.")]
    public double Hazard { get; set; } = 0.0015;

    [Parameter(1, 4, "ASSUMED", Doc = "Hazard factor aged 75+.")]
    public double Aged75PlusFactor { get; set; } = 2;

    [Parameter(1, 3, "ASSUMED", Doc = "Hazard factor living alone, with a chronic condition, or on low income (each).")]
    public double RiskFactor { get; set; } = 1.5;

    [Parameter(0.15, 0.45, "ASSUMED (rights mostly hidden: S000 zorgpremie)", Doc = "Share of needs that are rights (an allowance not taken up).")]
    public double RightsShare { get; set; } = 0.30;

    [Parameter(0.125, 0.375, "ASSUMED", Doc = "Share of practical needs.")]
    public double PracticalShare { get; set; } = 0.25;

    [Parameter(0.1, 0.3, "ASSUMED", Doc = "Share of social needs.")]
    public double SocialShare { get; set; } = 0.20;

    [Parameter(0.075, 0.225, "ASSUMED", Doc = "Share of care needs.")]
    public double CareShare { get; set; } = 0.15;

    [Parameter(0.05, 0.15, "ASSUMED (intensity ceiling S004 §4; S003 §4.3)", Doc = "Share of heavy needs.")]
    public double HeavyShare { get; set; } = 0.10;

    [Parameter(0.01, 0.04, "ASSUMED (\"everyone offers, nobody asks\", S004 ch2)", Doc = "Daily probability of asking on one's own: b·(1 − threshold)·(0.5 + 0.5·trust), ×2 with a known contact person.")]
    public double AskBase { get; set; } = 0.02;

    [Parameter(7, 28, "ASSUMED", Doc = "Service time (days) for a rights need.")]
    public double ServiceDaysRights { get; set; } = 14;

    [Parameter(3.5, 14, "ASSUMED", Doc = "Service time (days) for a practical need.")]
    public double ServiceDaysPractical { get; set; } = 7;

    [Parameter(10.5, 42, "ASSUMED", Doc = "Service time (days) for a social need.")]
    public double ServiceDaysSocial { get; set; } = 21;

    [Parameter(15, 60, "ASSUMED", Doc = "Service time (days) for a care need.")]
    public double ServiceDaysCare { get; set; } = 30;

    [Parameter(30, 120, "ASSUMED", Doc = "Service time (days) for a heavy need.")]
    public double ServiceDaysHeavy { get; set; } = 60;

    [Parameter(0.5, 0.9, "ASSUMED (heavy needs are severe, MODEL.md §3.3)", Doc = "Lowest severity of a heavy need (severity uniform between this and heavy_severity_max).")]
    public double HeavySeverityMin { get; set; } = 0.7;

    [Parameter(0.9, 1, "ASSUMED (MODEL.md §3.3)", Doc = "Highest severity of a heavy need.")]
    public double HeavySeverityMax { get; set; } = 1;

    [Parameter(0, 0.3, "ASSUMED", Doc = "Lowest severity of a need of any other kind (uniform between this and other_severity_max).")]
    public double OtherSeverityMin { get; set; } = 0.1;

    [Parameter(0.6, 1, "ASSUMED", Doc = "Highest severity of a need of any other kind.")]
    public double OtherSeverityMax { get; set; } = 0.9;

    [Parameter(0.0005, 0.01, "ASSUMED", Doc = "Daily probability that a light need (social, practical) resolves by itself.")]
    public double SelfResolve { get; set; } = 0.003;

    [Parameter(0, 365, "ASSUMED (calibrated: mean days a need stays open in a default rural run, ~120)", Doc = "Open needs at the start: chance h·D/(1 + h·D) per resident with hazard h, D = this; 0 starts with no needs.")]
    public double InitialOpenDays { get; set; } = 120;
}

/// <summary>Process 5: detection per contact.</summary>
public sealed class DetectionParameters
{
    [Parameter(0.05, 0.2, "ASSUMED (order per S004)", Doc = "Detection base per face-to-face contact.")]
    public double FaceToFace { get; set; } = 0.10;

    [Parameter(0.075, 0.3, "ASSUMED (S000 Ch5 §2: \"hoe gaat het?\")", Doc = "Detection base per phone call that asks how someone is.")]
    public double Phone { get; set; } = 0.15;

    [Parameter(0.005, 0.02, "ASSUMED (S004: a 47/50-house chat group carries small favours only)", Doc = "Detection base per chat message.")]
    public double Chat { get; set; } = 0.01;

    [Parameter(0.001, 0.004, "ASSUMED (S004: 3 slips back from forms)", Doc = "Detection base per form.")]
    public double Form { get; set; } = 0.002;

    [Parameter(0.175, 0.7, "ASSUMED (S002 tool 3)", Doc = "Detection base per home visit.")]
    public double HomeVisit { get; set; } = 0.35;

    [Parameter(0.6, 1, "ASSUMED", Doc = "Detection skill of the care director.")]
    public double SkillCareDirector { get; set; } = 0.8;

    [Parameter(0.4, 0.8, "ASSUMED", Doc = "Detection skill of first-line professionals.")]
    public double SkillFirstLine { get; set; } = 0.6;

    [Parameter(0.3, 0.7, "ASSUMED (training raises skill, S000 #24)", Doc = "Detection skill of a trained volunteer.")]
    public double SkillTrainedVolunteer { get; set; } = 0.5;

    [Parameter(0.05, 0.4, "ASSUMED", Doc = "Detection skill of a resident.")]
    public double SkillResident { get; set; } = 0.2;

    [Parameter(0, 1, "ASSUMED", Doc = "Detection factor of a contact with no tie (a stranger); with a tie of strength w: floor + (1 − floor)·w.")]
    public double TieFloor { get; set; } = 0.25;

    [Parameter(0.2, 1, "ASSUMED", Doc = "Visibility factor of a need of someone with a language barrier.")]
    public double LanguageBarrierVisibility { get; set; } = 0.5;

    [Parameter(0, 1, "ASSUMED", Doc = "Visibility of a rights need (mostly hidden, S000 zorgpremie); other kinds scale with severity.")]
    public double RightsVisibility { get; set; } = 0.3;

    [Parameter(0, 1, "ASSUMED", Doc = "Visibility of a need (other than rights) of severity 0; it rises to 1 at severity 1: floor + (1 − floor)·severity.")]
    public double SeverityVisibilityFloor { get; set; } = 0.5;
}

/// <summary>Process 6: what a detector does with a signal.</summary>
public sealed class RoutingParameters
{
    [Parameter(0, 1, "ASSUMED (S000 Ch4 §3)", Doc = "Probability that an informal detector helps a light need directly, scaled by tie strength.")]
    public double InformalHelp { get; set; } = 0.5;

    [Parameter(0.05, 0.6, "ASSUMED", Doc = "Strength of a tie to a professional that counts as a route to help.")]
    public double ProfessionalTieRoute { get; set; } = 0.2;

    [Parameter(90, 365, "S000 Ch5 §5 (decline seen)", Doc = "Half-life (days) of a first-line professional's attention to referral cards.")]
    public double ReferralCardHalfLife { get; set; } = 180;

    [Parameter(0.5, 1, "ASSUMED (tandem LDC–BZR, S000 Ch3 §2.5)", Doc = "An LDC or social worker on duty at an intervention renews its hub link (referral attention) once it has faded below this share of the link.")]
    public double AttentionRenewBelow { get; set; } = 0.95;
}

/// <summary>Process 7: the hub — triage, case work, warm hand-on — and referral.</summary>
public sealed class HubParameters
{
    [Parameter(8, 25, "ASSUMED (FTE from S003 Bijlage 4)", Doc = "Cases per week per FTE a care director can work (case work costs one case).")]
    public double CasesPerWeekPerFte { get; set; } = 15;

    [Parameter(0.05, 0.5, "ASSUMED (her role as fixed contact point who passes questions on, S000 Ch3 §2.1, §5.1)", Doc = "A simple question (rights, practical) she hands straight on with a warm referral costs this share of a case.")]
    public double HandOnCost { get; set; } = 0.2;

    [Parameter(3, 60, "ASSUMED (MODEL.md §3.7: an overloaded hub refers on instead of letting cases wait)", Doc = "Days a case waits at her desk before she refers it on without case work.")]
    public int ReferOnDays { get; set; } = 14;

    [Parameter(0.4, 1, "ASSUMED (complex needs need coordination, S000 Ch3 §5.1)", Doc = "Factor on the referral success of a complex case (social, care, heavy) referred on without case work.")]
    public double ReferOnFactor { get; set; } = 0.7;

    [Parameter(0, 1, "ASSUMED (triage by severity and vulnerability, MODEL.md §3.7)", Doc = "Triage: a case's priority is its severity plus this for a vulnerable resident.")]
    public double VulnerablePriority { get; set; } = 0.5;

    [Parameter(0.15, 0.45, "ASSUMED (warm referral, S002 tool 1)", Doc = "Referral success: base.")]
    public double ReferralBase { get; set; } = 0.3;

    [Parameter(0.25, 0.55, "ASSUMED (S002 tool 1)", Doc = "Referral success: weight of trust in the referrer.")]
    public double ReferralTrust { get; set; } = 0.4;

    [Parameter(0.15, 0.45, "ASSUMED (\"professionals know each other\", S002 tool 1)", Doc = "Referral success: weight of the hub–service partnership strength.")]
    public double ReferralPartnership { get; set; } = 0.3;

    [Parameter(0, 0.2, "ASSUMED", Doc = "Referral success: penalty per km to the service (×2 with limited mobility).")]
    public double DistancePenaltyPerKm { get; set; } = 0.04;

    [Parameter(0.4, 1, "Richter et al. 2016, Am J Prev Med 51:587 (warm hand-off vs fax referral: enrolment 99.6 % vs 59.6 %, RR 1.67); Pace et al. 2018, Ann Fam Med 16:346 (no difference: 1); S000 Ch3 §5.1", Doc = "Cold referral (the resident, or a first-line worker without a hub, to a service alone): factor on the referral success.")]
    public double ColdFactor { get; set; } = 0.6;

    [Parameter(0, 1, "ASSUMED (S000 Ch3 §5.1)", Doc = "Without a hub, chance that a first-line professional refers a detected need directly.")]
    public double DirectReferralWithoutHub { get; set; } = 0.1;

    [Parameter(0.005, 0.08, "ASSUMED (S001: partnerships grow through joint work and network moments, over months)", Doc = "Reinforcement α of the hub–service partnership per referral between them.")]
    public double PartnershipPerReferral { get; set; } = 0.02;

    [Parameter(0, 0.1, "ASSUMED", Doc = "Trust gained by a resident whose need is resolved through referral.")]
    public double TrustGain { get; set; } = 0.05;

    [Parameter(5, 50, "ASSUMED", Doc = "Km counted for a referral when no service point (social house, LDC) is left anywhere.")]
    public double NoServiceKm { get; set; } = 20;
}

/// <summary>Process 7: the services (social house, LDC, nursing, home care) with capacity and waiting lists.</summary>
public sealed class ServiceParameters
{
    [Parameter(4, 25, "ASSUMED (MODEL.md §3.7: services have capacity and waiting lists)", Doc = "New cases per week per FTE a service takes into service (social worker, LDC worker, nurse, home carer).")]
    public double CasesPerWeekPerFte { get; set; } = 10;

    [Parameter(14, 180, "ASSUMED (longer waits, fewer kept first appointments: Gallucci, Swartz & Hackerman 2005, Psychiatr Serv 56:344)", Doc = "Days a case waits on a service's list before the resident gives up (the wait expires).")]
    public int MaxWaitDays { get; set; } = 56;

    [Parameter(0, 0.3, "ASSUMED (MODEL.md §3.7: an expired wait costs trust)", Doc = "Trust lost when a wait expires.")]
    public double ExpiredTrustLoss { get; set; } = 0.1;

    [Parameter(0, 0.3, "ASSUMED (MODEL.md §3.7: the resident asks less)", Doc = "Rise of the ask-threshold when a wait expires.")]
    public double ExpiredAskThresholdRise { get; set; } = 0.1;
}

/// <summary>Process 9: loneliness dynamics.</summary>
public sealed class LonelinessParameters
{
    [Parameter(0.02, 0.1, "ASSUMED", Doc = "Adaptation per day of the fast part of loneliness toward its target.")]
    public double Adaptation { get; set; } = 0.05;

    [Parameter(180, 730, "ASSUMED (belonging builds over months to years: S000 Ch2 §2, Ch6 §1 deep effects \"not (yet) observable\" after 3 years, Ch3 §1.3 \"not done in 1 or 2 years\"; local attachment grows with length of residence, Kasarda & Janowitz 1974; loneliness is stable over years, Mund et al. 2020)",
        Doc = "Time constant (days) of belonging: B ← B + (B* − B)/days each day.")]
    public double BelongingDays { get; set; } = 365;

    [Parameter(0.5, 0.9, "ASSUMED (encounter → conviviality → belonging → less loneliness, S000 M6, Ch3 §6.2; latent support, S004 §1.2)",
        Doc = "Share of the relief from weak ties, encounters and an inclusive role that acts through belonging (slow); the rest acts at once.")]
    public double BelongingShare { get; set; } = 0.7;

    [Parameter(0.5, 0.7, "ASSUMED", Doc = "Lonely threshold: L ≥ this counts as lonely.")]
    public double Threshold { get; set; } = 0.6;

    [Parameter(0, 1, "ASSUMED", Doc = "Target without any tie or role.")]
    public double BaseTarget { get; set; } = 0.85;

    [Parameter(0, 1, "ASSUMED", Doc = "Target reduction from close ties (household, kin), saturating.")]
    public double CloseWeight { get; set; } = 0.25;

    [Parameter(0, 1, "ASSUMED (belonging counts more than deep ties, S000 Ch3 §6.2; latent support, S004 §1.2)", Doc = "Target reduction from weak ties and encounters (neighbours, friends, volunteers), saturating.")]
    public double WeakWeight { get; set; } = 0.35;

    [Parameter(0, 1, "ASSUMED (\"kunnen geven, geeft een goed gevoel\", S000 Ch3 §3.2)", Doc = "Target reduction from holding an inclusive role.")]
    public double RoleWeight { get; set; } = 0.15;

    [Parameter(1, 2, "ASSUMED (S000 M9)", Doc = "Sensitivity factor living alone or without kin nearby.")]
    public double AloneSensitivity { get; set; } = 1.3;

    [Parameter(0, 0.5, "ASSUMED", Doc = "Drop in loneliness when a social need is met.")]
    public double SocialNeedRelief { get; set; } = 0.15;

    [Parameter(0.5, 5, "ASSUMED", Doc = "Strength sum at which a tie group gives half its effect.")]
    public double HalfSaturation { get; set; } = 1.0;

    [Parameter(0.5, 0.99, "ASSUMED", Doc = "Daily factor of the encounter memory: the encounters remembered fade by this each day.")]
    public double EncounterMemory { get; set; } = 0.9;

    [Parameter(0, 0.5, "ASSUMED (conviviality → belonging, S000 Ch3 §6.2)", Doc = "Weight of one remembered encounter in the weak-tie sum S_w (as tie strength).")]
    public double EncounterWeight { get; set; } = 0.1;
}

/// <summary>Process 10: volunteer load, strain and drop-out.</summary>
public sealed class VolunteerParameters
{
    [Parameter(2, 8, "ASSUMED", Doc = "Volunteer capacity, hours per week (the mean of the volunteers' own capacities).")]
    public double CapacityHoursPerWeek { get; set; } = 4;

    [Parameter(0, 1, "ASSUMED (each contributes according to their own talents and motivation, S002 tool 6)", Doc = "Coefficient of variation of a volunteer's own weekly capacity (lognormal around capacity_hours_per_week, drawn when the volunteer takes up a role).")]
    public double CapacityCv { get; set; } = 0.5;

    [Parameter(0, 0.6, "ASSUMED", Doc = "Coefficient of variation of the hours one piece of volunteer work takes (lognormal around the hours the activity plans, mean kept).")]
    public double WorkHoursCv { get; set; } = 0.3;

    [Parameter(0.6, 0.9, "ASSUMED (S000 Ch5 §5)", Doc = "Strain at which the strain-driven weekly drop-out chance is one half (midpoint of the logistic; with drop_out_spread 0 a hard threshold).")]
    public double DropOutStrain { get; set; } = 0.8;

    [Parameter(0, 0.15, "ASSUMED (burnout raises the intention to quit: Allen & Mueller 2013)", Doc = "Width of the logistic drop-out curve in strain units: weekly chance base + (1 − base)/(1 + exp(−(strain − drop_out_strain)/spread)).")]
    public double DropOutSpread { get; set; } = 0.05;

    [Parameter(0, 0.008, "ASSUMED (all-cause: about one in three volunteers stops within a year, Eisner et al. 2009, = 0.008/week)", Doc = "Weekly drop-out chance without strain (moving, illness, other commitments).")]
    public double BaseDropOutHazard { get; set; } = 0.002;

    [Parameter(0, 0.2, "ASSUMED", Doc = "Strain gained per week per hour over capacity (÷ capacity).")]
    public double StrainGain { get; set; } = 0.1;

    [Parameter(0, 0.1, "ASSUMED", Doc = "Strain recovered per week at or under capacity.")]
    public double StrainRecovery { get; set; } = 0.03;

    [Parameter(0, 1, "ASSUMED (intervision 3–4×/year, S000 Ch5 §5)", Doc = "Share of strain removed by an intervision session.")]
    public double IntervisionRelief { get; set; } = 0.5;
}
