using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Interventions;

/// <summary>How often something happens. A month is 30 days, a quarter 91, a year 365.</summary>
public enum Frequency : byte { Never, Once, Daily, Weekly, Fortnightly, Monthly, Quarterly, Yearly }

/// <summary>
/// A calendar: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), every period, on day
/// <see cref="Offset"/> of the period. <c>once</c> happens on Start + Offset only; <c>never</c> switches the
/// activity off. Plain data; read by the interventions every day.
/// </summary>
public sealed class Schedule
{
    public Schedule()
    {
    }

    public Schedule(Frequency every, int offset = 0)
    {
        Every = every;
        Offset = offset;
    }

    /// <summary>never, once, daily, weekly, fortnightly, monthly (30 days), quarterly (91 days), yearly (365 days).</summary>
    public Frequency Every { get; set; } = Frequency.Weekly;

    [Parameter(0, 36500, "scenario", Doc = "First day the activity runs.")]
    public int Start { get; set; }

    [Parameter(1, 36500, "scenario", Doc = "First day it no longer runs (36500: it never stops).")]
    public int End { get; set; } = 36500;

    [Parameter(0, 364, "scenario", Doc = "Day within each period on which it happens (0: on the start day).")]
    public int Offset { get; set; }

    /// <summary>Days between two occurrences (0 for never and once).</summary>
    public int PeriodDays => PeriodOf(Every);

    public static int PeriodOf(Frequency every) => every switch
    {
        Frequency.Daily => 1,
        Frequency.Weekly => 7,
        Frequency.Fortnightly => 14,
        Frequency.Monthly => 30,
        Frequency.Quarterly => 91,
        Frequency.Yearly => 365,
        _ => 0,
    };

    /// <summary>True on days inside [Start, End) (even for <c>never</c>: the activity exists but does not meet).</summary>
    public bool IsActive(int day) => day >= Start && day < End;

    /// <summary>True on the days the activity happens.</summary>
    public bool IsOn(int day)
    {
        if (!IsActive(day) || Every == Frequency.Never) return false;
        var t = day - Start - Offset;
        if (t < 0) return false;
        return Every == Frequency.Once ? t == 0 : t % PeriodDays == 0;
    }

    /// <summary>Occurrences per year (for docs and costs).</summary>
    public double PerYear => Every switch
    {
        Frequency.Never => 0,
        Frequency.Once => 0,
        _ => 365.0 / PeriodDays,
    };
}
