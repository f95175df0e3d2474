namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>Body of POST /api/switch. Immutable.</summary>
public sealed record SwitchRequest(string Key, bool On);

/// <summary>Body of POST /api/lockdown. Immutable.</summary>
public sealed record LockdownRequest(double ContactFactor, int Days);

/// <summary>Body of POST /api/close. Immutable.</summary>
public sealed record CloseRequest(string Settlement, string Facility);

/// <summary>Body of POST /api/reset: a preset name or an uploaded scenario (YAML text and its file name), seed, mix. Immutable.</summary>
public sealed record ResetRequest(string? Preset, string? Yaml, string? FileName, ulong? Seed, string? Mix);

/// <summary>One scenario problem as the page shows it. Immutable.</summary>
public sealed record ProblemView(string File, int Line, int Column, string Field, string Message, string Text);
