using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;
using static ZorgzameBuurt.Sim.Indicators.IndicatorNames;

namespace ZorgzameBuurt.Sim.Experiments.Patterns;

/// <summary>
/// The nine patterns of MODEL.md §7 as experiments on any scenario (docs/validation.md). Each compares variants of
/// the scenario that differ only in what the pattern is about; every pattern holds when the paired difference
/// B − A has a 95% interval above zero. Variants with the same mix and condition are the same runs, shared
/// between patterns.
/// </summary>
public static class PatternCatalogue
{
    /// <summary>Mixes of the lockdown pattern: meeting-based (encounter) and outreach-based (calls, S000 Ch3 §1.1).</summary>
    public const string MeetingMix = "restaurant+meeting_point";
    public const string OutreachMix = "call_round";

    /// <summary>The mix whose effects on detection and loneliness are timed in pattern 9.</summary>
    public const string LagMix = "restaurant+call_round+caring_neighbours+visiting_team";

    private static readonly Variant Baseline = new("baseline", Mixes.Baseline);

    /// <summary>The patterns for a scenario of <paramref name="days"/> days (at least a year: lags and decay need time).</summary>
    public static IReadOnlyList<Pattern> For(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 360);
        var half = days / 2 / 30 * 30;
        var early = days / 4 / 30 * 30;
        return
        [
            HubResolves(),
            InformalHelpFavoursStronger(),
            FaceToFaceDetects(),
            CareDirectorAtRestaurant(),
            NetAndCareDirectorSynergy(),
            CallRoundReachesLonely(),
            LockdownHitsMeetings(days),
            ReferralCardsFade(half),
            OverloadWithoutIntervision(),
            OverloadShrinksActivity(),
            LonelinessLagsDetection(early),
        ];
    }

    /// <summary>1. Detection without a hub resolves few needs; adding the hub resolves many more.</summary>
    private static Pattern HubResolves()
    {
        var noHub = new Variant("no care director", Mixes.Baseline, "no_hub",
            s => s.Professionals.RemoveAll(p => p.Kind == ProfessionalKind.CareDirector));
        return new Pattern("1", "Detection without a hub resolves few needs; adding the hub resolves many more.",
            "S000 Ch3 §5.1-5.2 (M1: \"detection on its own is insufficient\"); S001 §5",
            $"{NeedsResolvedByReferral} (needs resolved through a referral)", "without care director", "with care director",
            [noHub, Baseline],
            r => (r.End(noHub.Label, NeedsResolvedByReferral), r.End(Baseline.Label, NeedsResolvedByReferral)));
    }

    /// <summary>2. Informal help alone reaches the stronger, better-connected residents more than the vulnerable.</summary>
    private static Pattern InformalHelpFavoursStronger()
    {
        const string vulnerable = $"{InformalHelpShare}.vulnerable";
        const string stronger = $"{InformalHelpShare}.not_vulnerable";
        return new Pattern("2", "Informal help alone reaches the stronger, better-connected residents more than the vulnerable.",
            "S000 Ch4 §3 (M18); S004 H2",
            $"{InformalHelpShare} (needs helped by neighbours ÷ needs arisen), baseline", "vulnerable", "not vulnerable",
            [Baseline],
            r => (r.End(Baseline.Label, vulnerable), r.End(Baseline.Label, stronger)));
    }

    /// <summary>3. Face-to-face channels detect more hidden needs than forms or chat groups.</summary>
    private static Pattern FaceToFaceDetects()
    {
        var meetings = new Variant("street meetings", "caring_streets", "streets_meet", s => s.Interventions.CaringStreets.ChatGroup = false);
        var chat = new Variant("street chat group", "caring_streets", "streets_chat", s =>
        {
            s.Interventions.CaringStreets.Meetings = new Schedule(Frequency.Never);
            s.Interventions.CaringStreets.Party = new Schedule(Frequency.Never);
        });
        return new Pattern("3", "Face-to-face channels detect more hidden needs than forms or chat groups.",
            "S004 H3 §3 (the chat group carries favours, not detection); S000 Ch3 §6.1 (M5)",
            $"{OrganisedDetections} (needs the street initiative itself found): only face-to-face meetings vs only a chat group", "chat group only", "meetings only",
            [chat, meetings],
            r => (r.End(chat.Label, OrganisedDetections), r.End(meetings.Label, OrganisedDetections)));
    }

    private static readonly Variant RestaurantWithDirector = new("restaurant with care director", "restaurant");

    private static readonly Variant RestaurantAlone = new("restaurant without care director", "restaurant", "restaurant_no_bzr",
        s => s.Interventions.Restaurant.Staffing.Professionals.Clear());

    /// <summary>4a. Restaurant + care director present detects more than the restaurant alone (net → gaps).</summary>
    private static Pattern CareDirectorAtRestaurant() =>
        new("4a", "Restaurant + care director present detects more than the restaurant alone (net → gaps).",
            "S000 Ch3 §5.1 (M11), Ch5 §1",
            $"{OrganisedDetections} (needs found at the restaurant)", "restaurant alone", "restaurant with care director",
            [RestaurantAlone, RestaurantWithDirector],
            r => (r.End(RestaurantAlone.Label, OrganisedDetections), r.End(RestaurantWithDirector.Label, OrganisedDetections)));

    /// <summary>
    /// 4b. The combination beats the sum of separate effects on a gap indicator (1+1=3): the needs found by the restaurant
    /// with the care director at the table exceed those found by the restaurant without her plus those found at her
    /// consultation hours at a meeting point without the restaurant, at the same weekly hours. Detection is the first
    /// step of closing a gap (M1); the hidden stock it draws down is <c>hidden_need_share</c>.
    /// </summary>
    private static Pattern NetAndCareDirectorSynergy()
    {
        var directorAlone = new Variant("care director's consultation hours", "meeting_point", "bzr_hours", s =>
        {
            var restaurant = s.Interventions.Restaurant;
            var point = s.Interventions.MeetingPoint;
            point.Staffing = new Staffing(0, restaurant.Staffing.HoursPerSession, ProfessionalKind.CareDirector);
            point.Schedule = restaurant.Schedule;
            point.Settlement = restaurant.Settlement;
        });
        return new Pattern("4b", "Restaurant + care director beats the sum of their separate effects on a gap indicator (1+1=3).",
            "S000 Ch3 §4.1, §5.1, Ch6 §2 (hypothesis 1)",
            $"{OrganisedDetections}: the combination vs the sum of the two separately (same weekly schedule and hours)",
            "restaurant alone + consultation hours alone", "restaurant with care director",
            [RestaurantAlone, directorAlone, RestaurantWithDirector],
            r => (r.End(RestaurantAlone.Label, OrganisedDetections) + r.End(directorAlone.Label, OrganisedDetections),
                r.End(RestaurantWithDirector.Label, OrganisedDetections)));
    }

    /// <summary>5. Call rounds reach isolated residents that meeting activities do not.</summary>
    private static Pattern CallRoundReachesLonely()
    {
        var call = new Variant("call round", "call_round");
        return new Pattern("5", "Call rounds reach isolated residents that meeting activities do not.",
            "S000 Ch3 §1.1, §5.1 (M13); S002 tool 2",
            $"{LonelyReached} ÷ {PeopleReached} (share of the people reached who were lonely)", "restaurant", "call round",
            [RestaurantWithDirector, call],
            r => (LonelyShare(r, RestaurantWithDirector.Label), LonelyShare(r, call.Label)));

        static double LonelyShare(Replicate r, string label) => r.End(label, LonelyReached) / Math.Max(1, r.End(label, PeopleReached));
    }

    /// <summary>6. A lockdown hurts meeting-based mixes far more than outreach-based mixes (difference in differences).</summary>
    private static Pattern LockdownHitsMeetings(int days)
    {
        var start = days / 4;
        var end = days * 3 / 4;
        void Lockdown(ScenarioSpec s) => s.Shocks.Lockdowns.Add(new LockdownSpec { Start = start, End = end });
        var meeting = new Variant("meeting-based", MeetingMix);
        var meetingLock = new Variant("meeting-based, lockdown", MeetingMix, "lockdown", Lockdown);
        var outreach = new Variant("outreach-based", OutreachMix);
        var outreachLock = new Variant("outreach-based, lockdown", OutreachMix, "lockdown", Lockdown);
        return new Pattern("6", "A lockdown hurts meeting-based mixes far more than outreach-based mixes.",
            "S000 Ch3 §1.1 (COVID closed meeting places, spawned call rounds; hypothesis 19)",
            $"share of the mix's {OrganisedDetections} lost through a lockdown of days {start}-{end} ({MeetingMix} vs {OutreachMix})",
            "outreach-based loss", "meeting-based loss",
            [meeting, meetingLock, outreach, outreachLock],
            r => (Loss(r, outreach.Label, outreachLock.Label), Loss(r, meeting.Label, meetingLock.Label)));

        static double Loss(Replicate r, string open, string locked) =>
            1 - r.End(locked, OrganisedDetections) / Math.Max(1, r.End(open, OrganisedDetections));
    }

    /// <summary>7. Referral-card signals fall over time without refreshing.</summary>
    private static Pattern ReferralCardsFade(int half)
    {
        var cards = new Variant("referral cards, never refreshed", "referral_cards", "no_refresh",
            s => s.Interventions.ReferralCards.Refresh = new Schedule(Frequency.Never));
        return new Pattern("7", "Referral-card signals fall over time without refreshing.",
            "S000 Ch5 §5 (M2: use decays as referrers lose attention; hypothesis 17)",
            $"extra {FirstLineSignals} over baseline in days 0-{half} vs days {half}-end", "second half", "first half",
            [Baseline, cards],
            r =>
            {
                var first = r.At(cards.Label, FirstLineSignals, half) - r.At(Baseline.Label, FirstLineSignals, half);
                return (r.Effect(cards.Label, Baseline.Label, FirstLineSignals) - first, first);
            });
    }

    private static readonly Variant WithIntervision = new("caring neighbours with intervision", "caring_neighbours");

    private static readonly Variant WithoutIntervision = new("caring neighbours without intervision", "caring_neighbours", "no_intervision",
        s => s.Interventions.CaringNeighbours.Intervision = new Schedule(Frequency.Never));

    /// <summary>8a. Volunteer overload without intervision leads to drop-out.</summary>
    private static Pattern OverloadWithoutIntervision() =>
        new("8a", "Volunteer overload without intervision leads to drop-out …",
            "S000 Ch5 §5 (intervision 3-4 times a year; hypothesis 18); S002 tool 6",
            $"{VolunteerDropouts}", "with intervision", "without intervision",
            [WithIntervision, WithoutIntervision],
            r => (r.End(WithIntervision.Label, VolunteerDropouts), r.End(WithoutIntervision.Label, VolunteerDropouts)));

    /// <summary>8b. … and decline of the activity.</summary>
    private static Pattern OverloadShrinksActivity()
    {
        const string hours = $"caring_neighbours.{VolunteerHours}";
        return new("8b", "… and decline of the activity.",
            "S000 Ch5 §5; S002 tool 6",
            $"{hours} (volunteer hours the activity still delivers)", "without intervision", "with intervision",
            [WithoutIntervision, WithIntervision],
            r => (r.End(WithoutIntervision.Label, hours), r.End(WithIntervision.Label, hours)));
    }

    /// <summary>
    /// 9. Effects on loneliness lag effects on detection: by day <paramref name="early"/> the mix has reached a larger part
    /// of its final effect on hidden needs than of its final effect on loneliness. Both effects are states (shares of
    /// residents) read at the same snapshots; "final" is the mean over the last quarter's snapshots.
    /// </summary>
    private static Pattern LonelinessLagsDetection(int early)
    {
        var mix = new Variant("lag mix", LagMix);
        return new Pattern("9", "Effects on loneliness lag effects on detection.",
            "S000 Ch2 §2, Ch3 §1.3, Ch6 (hypothesis 12: process effects first, deep effects later)",
            $"share of the final effect reached by day {early}: {HiddenNeedShare} (detection) vs {MeanLoneliness} (loneliness), {LagMix}",
            "loneliness", "detection",
            [Baseline, mix],
            r => (Progress(r, mix.Label, MeanLoneliness, early), Progress(r, mix.Label, HiddenNeedShare, early)));
    }

    /// <summary>The effect (reduction against baseline) at <paramref name="day"/> as a share of the final effect.</summary>
    private static double Progress(Replicate r, string label, string indicator, int day)
    {
        double Reduction(int d) => r.At(Baseline.Label, indicator, d) - r.At(label, indicator, d);
        var series = r[label].Series;
        var last = series[^1].Day;
        var late = series.Where(s => s.Day > last * 3 / 4).Select(s => Reduction(s.Day)).Average();
        return late == 0 ? 0 : Reduction(day) / late;
    }
}
