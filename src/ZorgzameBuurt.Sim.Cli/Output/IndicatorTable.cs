using ZorgzameBuurt.Sim.Experiments.Reporting;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>Prints end indicators one per line: the value of a single run, or mean [95% interval] over replications.</summary>
internal static class IndicatorTable
{
    public static void Write(TextWriter stdout, IndicatorStats stats, IndicatorSet? single)
    {
        if (single is not null)
        {
            foreach (var (name, value) in single.Pairs()) stdout.WriteLine($"{name,-45} {Numbers.Plain(value),14}");
            return;
        }
        stdout.WriteLine($"{"indicator",-45} {"mean",14}  95% interval (n={stats.Runs})");
        foreach (var name in stats.Names)
        {
            var s = stats.Summary(name);
            stdout.WriteLine($"{name,-45} {Numbers.Plain(s.Mean),14}  [{Numbers.Plain(s.Lower)}, {Numbers.Plain(s.Upper)}]");
        }
    }
}
