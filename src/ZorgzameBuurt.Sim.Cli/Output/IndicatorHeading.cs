using ZorgzameBuurt.Sim.Experiments.Report;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>Headings of indicator tables: the label a planner reads with the key (and unit) beside it.</summary>
internal static class IndicatorHeading
{
    /// <summary>"Residents with hidden need (hidden_need_share, % of residents; lower is better)".</summary>
    public static string Of(string name, string note = "")
    {
        var info = IndicatorCatalog.Describe(name);
        var unit = info.IsShare ? "% of residents" : info.Unit;
        return $"{info.Label} ({name}{(unit.Length > 0 ? ", " + unit : "")}{(note.Length > 0 ? "; " + note : "")})";
    }
}
