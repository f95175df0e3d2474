using ZorgzameBuurt.Sim.Model;

namespace ZorgzameBuurt.Sim.Experiments.Journeys;

/// <summary>How a need episode ended (or that it is still open).</summary>
public enum EpisodeOutcome { Open, Resolved, SelfResolved }

/// <summary>
/// One need of a resident from onset to its end, read from her traced history: when it was first noticed and by
/// whom, when its signal reached the hub, the referral, how it ended, and how many signals were lost. Immutable.
/// </summary>
public sealed record NeedEpisode(
    NeedKind Need,
    int Onset,
    int? NoticedDay,
    int NoticedBy,
    int? SignalledDay,
    int? ReferredDay,
    int? EndDay,
    EpisodeOutcome Outcome,
    int SignalsLost)
{
    /// <summary>Days the need stayed unnoticed, up to <paramref name="today"/> when it never was.</summary>
    public int HiddenDays(int today) => (NoticedDay ?? EndDay ?? today) - Onset;

    /// <summary>The episodes of a traced history, in onset order.</summary>
    public static IReadOnlyList<NeedEpisode> From(IReadOnlyList<HistoryEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var episodes = new List<NeedEpisode>();
        NeedEpisode? open = null;
        foreach (var e in events)
        {
            if (e.Kind == HistoryKind.NeedArose)
            {
                if (open is not null) episodes.Add(open);
                open = new NeedEpisode(e.Need, e.Day, null, -1, null, null, null, EpisodeOutcome.Open, 0);
                continue;
            }
            // A need already open when tracing began (the stock of day 0) has no onset event: it starts at day 0.
            if (open is null && e.Kind is HistoryKind.Asked or HistoryKind.Detected or HistoryKind.HelpedInformally
                    or HistoryKind.Signalled or HistoryKind.SignalLost or HistoryKind.Referred or HistoryKind.Admitted or HistoryKind.WaitExpired
                    or HistoryKind.Resolved or HistoryKind.SelfResolved)
                open = new NeedEpisode(e.Need, 0, null, -1, null, null, null, EpisodeOutcome.Open, 0);
            if (open is null) continue;
            open = e.Kind switch
            {
                HistoryKind.Detected or HistoryKind.HelpedInformally when open.NoticedDay is null => open with { NoticedDay = e.Day, NoticedBy = e.Other },
                HistoryKind.Signalled when open.SignalledDay is null => open with { SignalledDay = e.Day },
                HistoryKind.SignalLost or HistoryKind.WaitExpired => open with { SignalsLost = open.SignalsLost + 1 }, // an expired wait is a signal lost at the service
                HistoryKind.Referred when open.ReferredDay is null => open with { ReferredDay = e.Day },
                HistoryKind.Resolved => open with { EndDay = e.Day, Outcome = EpisodeOutcome.Resolved },
                HistoryKind.SelfResolved => open with { EndDay = e.Day, Outcome = EpisodeOutcome.SelfResolved },
                _ => open,
            };
            if (open.Outcome != EpisodeOutcome.Open)
            {
                episodes.Add(open);
                open = null;
            }
        }
        if (open is not null) episodes.Add(open);
        return episodes;
    }

    /// <summary>One plain sentence, e.g. "a social need from day 12: noticed on day 43 by agent 812, resolved on day 60".</summary>
    public string Describe(int today)
    {
        var parts = new List<string>();
        parts.Add(NoticedDay is { } n
            ? $"noticed on day {n} by agent {NoticedBy} (hidden {n - Onset} days)"
            : $"never noticed (hidden {HiddenDays(today)} days)");
        if (SignalledDay is { } s) parts.Add($"signal at the hub on day {s}");
        if (SignalsLost > 0) parts.Add($"{SignalsLost} signal(s) lost");
        if (ReferredDay is { } r) parts.Add($"referred on day {r}");
        parts.Add(Outcome switch
        {
            EpisodeOutcome.Resolved => $"resolved on day {EndDay}",
            EpisodeOutcome.SelfResolved => $"went away by itself on day {EndDay}",
            _ => $"still open on day {today}",
        });
        return $"a {Need.ToString().ToLowerInvariant()} need from day {Onset}: {string.Join(", ", parts)}";
    }
}
