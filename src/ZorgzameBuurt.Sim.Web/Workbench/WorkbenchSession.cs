using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using ZorgzameBuurt.Sim.Web.Live;

namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>
/// One class session: the live world, the teacher's key (only a request carrying it may control the world), the
/// play loop, and the pushes to every page. All world calls pass one gate, so the world sees one caller at a time.
/// </summary>
public sealed class WorkbenchSession : IAsyncDisposable
{
    public const int MaxSpeed = 50;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IHubContext<WorkbenchHub> _hub;
    private readonly List<DayIndicators> _history = [];
    private CancellationTokenSource? _play;
    private Task _loop = Task.CompletedTask;

    public WorkbenchSession(ILiveWorld world, IHubContext<WorkbenchHub> hub, string? teacherKey = null)
    {
        World = world;
        _hub = hub;
        TeacherKey = teacherKey ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    }

    public ILiveWorld World { get; }

    /// <summary>The key in the teacher's link (<c>?key=…</c>); students' links have none.</summary>
    public string TeacherKey { get; }

    /// <summary>Days per second while playing.</summary>
    public double Speed { get; private set; } = 5;

    public bool Playing => _play is not null;

    /// <summary>True when <paramref name="key"/> is the teacher's key (compared in constant time).</summary>
    public bool IsTeacher(string? key) =>
        key is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(TeacherKey));

    /// <summary>The chart indicators of every day stepped since the world was built (for a page that opens late).</summary>
    public Task<IReadOnlyList<DayIndicators>> HistoryAsync() => WithWorldAsync(_ => ValueTask.FromResult<IReadOnlyList<DayIndicators>>([.. _history]));

    /// <summary>Runs <paramref name="action"/> on the world alone.</summary>
    public async Task<T> WithWorldAsync<T>(Func<ILiveWorld, ValueTask<T>> action)
    {
        await _gate.WaitAsync();
        try
        {
            return await action(World);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Advances <paramref name="days"/> days, pushing each to every page.</summary>
    public async Task<DayReport> StepAsync(int days = 1)
    {
        DayReport? last = null;
        for (var d = 0; d < days; d++)
        {
            last = await WithWorldAsync(async w =>
            {
                var report = await w.StepAsync();
                _history.Add(new DayIndicators(report.Day, report.Indicators));
                return report;
            });
            await _hub.Clients.All.SendAsync("day", last);
        }
        return last ?? await WithWorldAsync(w => w.TodayAsync());
    }

    /// <summary>Changes the world (switch, shock) and tells every page.</summary>
    public async Task ChangeAsync(Func<ILiveWorld, ValueTask> change)
    {
        await WithWorldAsync(async w =>
        {
            await change(w);
            return true;
        });
        await _hub.Clients.All.SendAsync("status");
    }

    /// <summary>Stops playing and builds a new world.</summary>
    public async Task ResetAsync(LiveWorldSetup setup)
    {
        await PauseAsync();
        await WithWorldAsync(async w =>
        {
            await w.ResetAsync(setup);
            _history.Clear();
            return true;
        });
        await _hub.Clients.All.SendAsync("reset");
    }

    public async Task PlayAsync(double speed)
    {
        Speed = Math.Clamp(speed, 0.2, MaxSpeed);
        if (_play is not null) return;
        var play = new CancellationTokenSource();
        _play = play;
        _loop = Task.Run(() => LoopAsync(play.Token));
        await _hub.Clients.All.SendAsync("status");
    }

    public async Task PauseAsync()
    {
        if (_play is not { } play) return;
        _play = null;
        await play.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        play.Dispose();
        await _hub.Clients.All.SendAsync("status");
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var started = Environment.TickCount64;
            await StepAsync();
            var wait = (int)(1000 / Speed) - (int)(Environment.TickCount64 - started);
            await Task.Delay(Math.Max(0, wait), stop);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await PauseAsync();
        await World.DisposeAsync();
        _gate.Dispose();
    }
}
