using ZorgzameBuurt.Sim.Experiments.Report;
using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>
/// Prints end indicators as tables by section (gaps, network, effort, flows): the plain-language label with the
/// indicator key beside it, the value with its unit (shares as percentages) - of a single run, or the mean with its
/// 95% interval over replications, as compare does. Subgroup values (name.subgroup) are left to --json and the CSV files.
/// </summary>
internal static class IndicatorTable
{
    public static void Write(TextWriter stdout, IndicatorStats stats, IndicatorSet? single)
    {
        var names = (single?.Names ?? stats.Names).Where(n => !n.Contains('.', StringComparison.Ordinal)).ToList();
        var sections = names.Select(IndicatorCatalog.Describe).GroupBy(i => i.Group).ToList();
        stdout.WriteLine(single is not null
            ? "End of run; shares are % of residents."
            : $"Mean over {stats.Runs} replications with its 95% interval; shares are % of residents.");
        foreach (var section in sections)
        {
            stdout.WriteLine();
            stdout.WriteLine(section.Key);
            var table = new TextTable("indicator", "key", single is not null ? "value" : "mean [95% CI]");
            foreach (var info in section)
                table.Add(info.Label, info.Name, single is not null ? Value(single[info.Name], info) : Level(stats.Summary(info.Name), info));
            table.Write(stdout);
        }
        stdout.WriteLine();
        stdout.WriteLine("Values per subgroup (vulnerable, living alone, ...): --json, or --out for the CSV files.");
    }

    private static string Value(double v, IndicatorInfo info) =>
        Numbers.Value(v, info.IsShare) + (info.Unit.Length > 0 && double.IsFinite(v) ? " " + info.Unit : "");

    private static string Level(Experiments.Statistics.Summary s, IndicatorInfo info) =>
        s.N == 0 ? Numbers.Missing : $"{Value(s.Mean, info)} {Numbers.Interval(s.Lower, s.Upper, info.IsShare, diff: false)}";
}
