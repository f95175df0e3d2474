namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>The identity of a compared experiment as shown at the top of the report.</summary>
public sealed record ReportHeader(string Title, string ScenarioName, string ScenarioHash, string ModelVersion, DateTimeOffset CreatedUtc, int Days);
