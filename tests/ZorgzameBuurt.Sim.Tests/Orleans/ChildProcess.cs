using System.Diagnostics;
using System.Text;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// A process a test starts under coreutils' <c>timeout</c> (so it stops by itself if the test dies), with its
/// stderr and stdout collected line by line. Disposing kills it and its children.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _stdout = new();
    private readonly List<string> _lines = [];

    private ChildProcess(Process process) => _process = process;

    /// <summary>Starts <paramref name="file"/> with <paramref name="args"/>, killed after <paramref name="limit"/> at the latest.</summary>
    public static ChildProcess Start(string file, IEnumerable<string> args, TimeSpan limit, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("timeout")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        info.ArgumentList.Add("-s");
        info.ArgumentList.Add("KILL");
        info.ArgumentList.Add(((int)limit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add(file);
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        process.OutputDataReceived += (_, e) => child.Add(e.Data, stdout: true);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return child;
    }

    /// <summary>Everything the process wrote so far (stderr and stdout interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>What the process wrote to stdout alone so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (_output) return _stdout.ToString();
        }
    }

    public int Id => _process.Id;

    private void Add(string? line, bool stdout = false)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            if (stdout) _stdout.AppendLine(line);
            _lines.Add(line);
            Monitor.PulseAll(_output);
        }
    }

    /// <summary>Waits for a line matching <paramref name="match"/>; fails the test with the output so far after <paramref name="patience"/>.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan patience, string what)
    {
        var deadline = DateTime.UtcNow + patience;
        lock (_output)
        {
            while (true)
            {
                var found = _lines.FirstOrDefault(match);
                if (found is not null) return found;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || _process.HasExited && !Monitor.Wait(_output, 200))
                    throw new Xunit.Sdk.XunitException($"No {what} within {patience.TotalSeconds:F0} s (exited: {_process.HasExited}). Output:\n{_output}");
                Monitor.Wait(_output, left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }
    }

    /// <summary>Waits for the process to end; its exit code (null if still running after <paramref name="patience"/>).</summary>
    public int? WaitForExit(TimeSpan patience)
    {
        if (!_process.WaitForExit(patience)) return null;
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL for the process and its children: a crash, nothing is handed over.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
    }

    /// <summary>SIGTERM (forwarded by <c>timeout</c> to the command): asks for a graceful stop.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // never started or already gone
        }
        _process.Dispose();
    }
}
