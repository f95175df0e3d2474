namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>One day's chart indicators, as kept by the session for pages that open late. Immutable.</summary>
public sealed record DayIndicators(int Day, IReadOnlyDictionary<string, double?> Indicators);
