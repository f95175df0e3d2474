using System.Diagnostics;
using System.Globalization;
using ZorgzameBuurt.Sim.Experiments.Runner;

namespace ZorgzameBuurt.Sim.Cli.Output;

/// <summary>
/// Shows experiment progress on stderr. On a terminal: one line rewritten in place (at most 4 times a second) with
/// runs done, rate and estimated time left. Otherwise (a log file, a pipe, a test): a plain line each time another
/// tenth of the runs is done (or a minute has passed), and at the end. Single runs show nothing. On a cluster each line
/// ends with the runs per silo: <c>[127.0.0.1:11111: 3 done, 2 running; …]</c>.
/// </summary>
internal sealed class ProgressPrinter(TextWriter stderr, bool interactive, string what) : IProgress<RunProgress>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(1);
    private readonly Stopwatch _sinceLog = Stopwatch.StartNew();
    private int _lastStep = -1;
    private int _width;
    private bool _drawn;

    public void Report(RunProgress p)
    {
        if (p.Total <= 1) return;
        if (interactive) Draw(p);
        else Log(p);
    }

    /// <summary>Ends the live line so the next output starts on a fresh line.</summary>
    public void Finish()
    {
        if (!interactive || !_drawn) return;
        stderr.WriteLine();
        stderr.Flush();
        _drawn = false;
    }

    private void Draw(RunProgress p)
    {
        var last = p.Remaining == 0;
        if (!last && _drawn && _sinceDraw.ElapsedMilliseconds < 250) return;
        _sinceDraw.Restart();
        var line = Line(p);
        var pad = Math.Max(0, _width - line.Length);
        _width = line.Length;
        stderr.Write("\r" + line + new string(' ', pad));
        stderr.Flush();
        _drawn = true;
    }

    private void Log(RunProgress p)
    {
        var size = Math.Max(1, (p.Total + 9) / 10);
        var step = p.Done / size;
        if (p.Completed > 0 && step == _lastStep && p.Remaining > 0 && _sinceLog.Elapsed < LogEvery) return;
        if (p.Completed == 0 && p.Skipped == 0) { _lastStep = 0; return; }
        _lastStep = step;
        _sinceLog.Restart();
        stderr.WriteLine(Line(p));
    }

    private string Line(RunProgress p)
    {
        var percent = p.Total == 0 ? 100 : 100.0 * p.Done / p.Total;
        var text = $"{what}: {p.Done.ToString(Inv)}/{p.Total.ToString(Inv)} runs ({percent.ToString("F0", Inv)}%)";
        if (p.Skipped > 0) text += $", {p.Skipped.ToString(Inv)} resumed";
        if (p.Completed > 0) text += $", {p.RunsPerSecond.ToString(p.RunsPerSecond >= 10 ? "F0" : "F2", Inv)} runs/s";
        if (p.Remaining > 0 && p.Eta is { } eta) text += $", about {Duration(eta)} left";
        else if (p.Remaining == 0) text += $", {Duration(p.Elapsed)}";
        if (p.Silos is { Count: > 0 } silos)
            text += " [" + string.Join("; ", silos.Select(s => $"{s.Silo}: {s.Completed.ToString(Inv)} done" + (s.Running > 0 ? $", {s.Running.ToString(Inv)} running" : ""))) + "]";
        return text;
    }

    internal static string Duration(TimeSpan t) =>
        t.TotalSeconds < 60 ? $"{Math.Ceiling(t.TotalSeconds).ToString(Inv)}s"
        : t.TotalMinutes < 60 ? $"{((int)t.TotalMinutes).ToString(Inv)}m{t.Seconds.ToString("00", Inv)}s"
        : $"{((int)t.TotalHours).ToString(Inv)}h{t.Minutes.ToString("00", Inv)}m";
}
