using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ZorgzameBuurt.Sim.Benchmarks;

/// <summary>Every suite runs with the memory diagnoser and shows resident-days per second where a benchmark is one tick.</summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ResidentDaysColumn())
        .WithOptions(ConfigOptions.JoinSummary);
}

/// <summary>Resident-days per second for benchmarks that run one tick of a world with a <c>Residents</c> parameter.</summary>
public sealed class ResidentDaysColumn : IColumn
{
    public string Id => nameof(ResidentDaysColumn);
    public string ColumnName => "ResidentDays/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Residents / mean time of one tick";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var residents = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Residents")?.Value;
        if (stats is null || residents is not int n || !benchmarkCase.Descriptor.WorkloadMethod.Name.Contains("Tick", StringComparison.Ordinal)) return "-";
        var perSecond = n / (stats.Mean / 1e9);
        return perSecond >= 1e6 ? $"{perSecond / 1e6:F2} M" : $"{perSecond / 1e3:F0} k";
    }
}
