using System.Globalization;
using System.Text.RegularExpressions;
using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Tests.Cli;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// Issue 15's "done when" with real processes: redis-server, two silo processes and a client. A compare on the
/// cluster gives CSVs byte-identical to the single-process compare, also when a silo is killed in the middle, and
/// an interrupted client resumes. The reference compare runs once, in this process.
/// </summary>
public sealed partial class ProcessClusterTests : IClassFixture<ProcessClusterFixture>, IDisposable
{
    /// <summary>Runs long enough (a few tenths of a second each in a Debug build) that a kill lands in the middle of some.</summary>
    private static readonly string[] Compare =
        ["compare", "--mixes", "baseline;restaurant", "--reps", "3", "--days", "90", "--set", "population.inhabitants=800"];

    private static readonly string[] Csvs = ["end_indicators.csv", "series.csv", "summary.csv"];
    private static readonly Lazy<string> Reference = new(RunReference, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ProcessClusterFixture _cluster;
    private readonly string _root = Directory.CreateTempSubdirectory("zb-cluster-").FullName;

    public ProcessClusterTests(ProcessClusterFixture cluster) => _cluster = cluster;

    private static string RunReference()
    {
        var dir = Directory.CreateTempSubdirectory("zb-cluster-ref-").FullName;
        var (exit, _, err) = CliHarness.Zbsim(CliHarness.Context(), [.. Compare, "--threads", "2", "--out", dir]);
        Assert.True(exit == 0, err);
        return dir;
    }

    private static void AssertCsvsEqualReference(string dir)
    {
        foreach (var csv in Csvs)
            Assert.True(File.ReadAllBytes(Path.Combine(Reference.Value, csv)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, csv))),
                $"{csv} differs from the single-process compare");
    }

    [Fact]
    public void Compare_ClusterOfTwoSiloProcessesOneKilledMidCompare_CsvsEqualSingleProcessCompare()
    {
        var outDir = Path.Combine(_root, "killed");
        _ = Reference.Value;
        using var client = ChildProcess.Start("dotnet", [ProcessClusterFixture.Zbsim, .. Compare, "--cluster", _cluster.Connection, "--out", outDir], TimeSpan.FromSeconds(120));

        // The first progress line names each silo with its running runs: kill the busiest (under localhost
        // clustering only the second silo, the first holds the membership table).
        var line = client.WaitForLine(l => l.Contains(" runs (", StringComparison.Ordinal) && l.Contains('['), TimeSpan.FromSeconds(60), "progress line");
        var running = SiloShare().Matches(line).ToDictionary(m => int.Parse(m.Groups["port"].Value, CultureInfo.InvariantCulture), m => m.Groups["running"].Success ? int.Parse(m.Groups["running"].Value, CultureInfo.InvariantCulture) : 0);
        var candidates = _cluster.UsesRedis ? _cluster.Silos : _cluster.Silos.Skip(1).ToList();
        var victim = candidates.OrderByDescending(s => running.GetValueOrDefault(s.SiloPort)).First();
        Assert.True(running.GetValueOrDefault(victim.SiloPort) > 0, $"no silo was running anything at: {line}");
        victim.Process.Kill();

        Assert.Equal(0, client.WaitForExit(TimeSpan.FromSeconds(90)));
        Assert.Matches("left the cluster|sending it again", client.Output);
        Assert.Contains("6/6 runs", client.Output, StringComparison.Ordinal);
        AssertCsvsEqualReference(outDir);
    }

    [Fact]
    public void Compare_ClusterClientInterruptedThenRunAgain_ResumesAndCsvsEqualSingleProcessCompare()
    {
        var outDir = Path.Combine(_root, "resumed");
        string[] args = [.. Compare, "--cluster", _cluster.Connection, "--out", outDir];
        using var interrupt = new CancellationTokenSource();
        var saved = 0;

        var (first, _, firstErr) = CliHarness.Zbsim(CliHarness.Context(interrupt.Token, afterRun: _ =>
        {
            if (Interlocked.Increment(ref saved) == 2) interrupt.Cancel();
        }), args);
        var (second, _, secondErr) = CliHarness.Zbsim(CliHarness.Context(), args);

        Assert.True(first == ZorgzameBuurt.Sim.Cli.Cli.Interrupted, firstErr);
        Assert.True(second == 0, secondErr);
        var resumed = ResumedRuns().Match(secondErr);
        Assert.True(resumed.Success, secondErr);
        Assert.InRange(int.Parse(resumed.Groups[1].Value, CultureInfo.InvariantCulture), 2, 5);
        AssertCsvsEqualReference(outDir);
    }

    [GeneratedRegex(@"127\.0\.0\.1:(?<port>\d+): \d+ done(, (?<running>\d+) running)?")]
    private static partial Regex SiloShare();

    [GeneratedRegex(@"resuming in .*: (\d+) of 6 runs already done")]
    private static partial Regex ResumedRuns();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // best effort clean-up of a temporary folder
        }
    }
}
