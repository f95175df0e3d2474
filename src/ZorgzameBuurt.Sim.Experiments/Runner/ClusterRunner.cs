using System.Diagnostics;
using System.Threading.Channels;
using Orleans;
using Orleans.Runtime;
using Orleans.Runtime.Placement;
using ZorgzameBuurt.Sim.Experiments.Storage;
using ZorgzameBuurt.Sim.Orleans.Diagnostics;
using ZorgzameBuurt.Sim.Orleans.Replications;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// Runs a plan on an Orleans cluster: each pending job becomes one call of a fresh <see cref="IReplicationGrain"/>,
/// placed (by a placement hint) on a silo with a free slot — a silo has as many slots as processors. Finished runs
/// are handed to the sink as they arrive, one at a time, so they stream into the results store. The client watches
/// the cluster's membership every second: when a silo leaves (killed, crashed, stopped) the runs it had are sent
/// again to the others, and new silos get work as they join. A call that fails in the cluster's plumbing is sent
/// again (at most <see cref="MaxAttempts"/> times); an error of the run itself (a bad scenario or mix) stops the
/// experiment. Every run is a pure function of its scenario, mix and seed, so the results equal the in-process
/// runner's whatever the placement, retries or number of silos.
/// </summary>
public sealed class ClusterRunner : IPlanRunner
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);
    private readonly IClusterClient _client;
    private readonly RunSettings _settings;

    public ClusterRunner(IClusterClient client, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        _client = client;
        _settings = settings;
    }

    /// <summary>Times one job may be sent before the experiment fails.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>How long the runner waits for a silo when none is active, before it fails.</summary>
    public TimeSpan NoSiloPatience { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Told of silos joining and leaving and of runs sent again (one line each), on the runner's thread.</summary>
    public Action<string>? Log { get; init; }

    /// <inheritdoc />
    public RunnerOutcome Run(RunPlan plan, IReadOnlySet<RunKey> finished, Action<RunResult> onFinished,
        IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(onFinished);
        return Task.Run(() => RunAsync(plan, finished, onFinished, progress, cancellation), CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task<RunnerOutcome> RunAsync(RunPlan plan, IReadOnlySet<RunKey> finished, Action<RunResult> onFinished,
        IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        var pending = new LinkedList<RunJob>(plan.Jobs().Where(j => !finished.Contains(new RunKey(j.Label, j.Replication))));
        var skipped = plan.Count - pending.Count;
        var clock = Stopwatch.StartNew();
        var state = new ClusterState(_client, Log);
        var done = new HashSet<int>();
        var attempts = new Dictionary<int, int>();
        var completions = Channel.CreateUnbounded<Completion>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        RunProgress Progress() => new(plan.Count, skipped, done.Count, clock.Elapsed, state.Shares());
        progress?.Report(Progress());

        TimeSpan? lastRefresh = null;
        var noSiloSince = (TimeSpan?)null;
        try
        {
            while (!cancellation.IsCancellationRequested && (pending.Count > 0 || state.Running > 0))
            {
                if (lastRefresh is null || clock.Elapsed - lastRefresh >= Refresh)
                {
                    lastRefresh = clock.Elapsed;
                    foreach (var lost in await state.RefreshAsync(stop.Token).ConfigureAwait(false))
                        Log?.Invoke($"silo {lost.Name} left the cluster; its {lost.Running} unfinished run{(lost.Running == 1 ? "" : "s")} will be sent again");
                }

                if (state.Silos.Count == 0)
                {
                    noSiloSince ??= clock.Elapsed;
                    if (clock.Elapsed - noSiloSince > NoSiloPatience)
                        throw new InvalidOperationException($"No silo of the cluster has been active for {NoSiloPatience.TotalSeconds:F0} s; {pending.Count + state.Running} runs are not done.");
                }
                else noSiloSince = null;

                while (pending.Count > 0 && state.FreeSilo() is { } silo)
                {
                    var job = pending.First!.Value;
                    pending.RemoveFirst();
                    silo.Running++;
                    _ = Send(job, silo, completions.Writer, stop.Token);
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(Refresh);
                Completion? next = null;
                try
                {
                    next = await completions.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                }

                while (next is not null)
                {
                    Handle(next, pending, done, attempts, state, onFinished);
                    progress?.Report(Progress());
                    next = completions.Reader.TryRead(out var more) ? more : null;
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }

        var final = Progress();
        return new RunnerOutcome(final, Cancelled: final.Remaining > 0 && cancellation.IsCancellationRequested);
    }

    private void Handle(Completion c, LinkedList<RunJob> pending, HashSet<int> done, Dictionary<int, int> attempts, ClusterState state,
        Action<RunResult> onFinished)
    {
        c.Silo.Running--;
        if (c.Outcome is { } outcome)
        {
            if (!done.Add(c.Job.Index)) return;
            var series = outcome.Series();
            onFinished(new RunResult(c.Job.Label, c.Job.Replication, c.Job.Seed, c.Job.Point, series[^1], series)
            {
                Residents = outcome.Reached is { } reached && outcome.ResidentValues is { } values ? ResidentOutcomes.FromBytes(reached, values) : null,
            });
            state.Completed(outcome.Silo);
            return;
        }

        if (done.Contains(c.Job.Index)) return;
        var tried = attempts[c.Job.Index] = attempts.GetValueOrDefault(c.Job.Index) + 1;
        if (c.Error is not null && !IsClusterFault(c.Error)) throw new InvalidOperationException($"Run {c.Job.Label} #{c.Job.Replication} failed on silo {c.Silo.Name}: {c.Error.Message}", c.Error);
        if (tried >= MaxAttempts) throw new InvalidOperationException($"Run {c.Job.Label} #{c.Job.Replication} failed {tried} times in the cluster; last: {c.Error?.Message ?? "its silo left"}", c.Error);
        if (c.Error is not null) Log?.Invoke($"run {c.Job.Label} #{c.Job.Replication} on silo {c.Silo.Name} failed ({c.Error.GetType().Name}); sending it again");
        pending.AddFirst(c.Job);
    }

    private static bool IsClusterFault(Exception e) =>
        e is OrleansException or TimeoutException or OperationCanceledException or System.Net.Sockets.SocketException or IOException;

    private async Task Send(RunJob job, SiloSlot silo, ChannelWriter<Completion> completions, CancellationToken stop)
    {
        try
        {
            // Off the runner's loop: writing a scenario (design points, patterns) takes milliseconds.
            await Task.Yield();
            var yaml = job.ScenarioYaml ?? ScenarioCopy.ToYaml(job.Scenario());
            var request = new ReplicationRequest(yaml, job.Mix, job.Seed, _settings.Days, _settings.Interval,
                _settings.ResidentOutcomes ? [.. ResidentOutcomes.Metrics] : null);
            using var call = CancellationTokenSource.CreateLinkedTokenSource(stop, silo.Lost.Token);
            RequestContext.Set(IPlacementDirector.PlacementHintKey, silo.Address);
            var grain = _client.GetGrain<IReplicationGrain>(Guid.NewGuid().ToString("N"));
            var running = grain.RunAsync(request, call.Token);
            _ = running.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var outcome = await running.WaitAsync(call.Token).ConfigureAwait(false);
            completions.TryWrite(new Completion(job, silo, outcome, null));
        }
        catch (Exception e)
        {
            completions.TryWrite(new Completion(job, silo, null, e));
        }
    }

    private sealed record Completion(RunJob Job, SiloSlot Silo, ReplicationOutcome? Outcome, Exception? Error);

    /// <summary>A silo the runner sends work to; used only on the runner's loop.</summary>
    private sealed class SiloSlot(SiloAddress address, int slots)
    {
        public SiloAddress Address { get; } = address;

        public string Name { get; } = address.Endpoint.ToString();

        public int Slots { get; } = Math.Max(1, slots);

        public int Running { get; set; }

        public CancellationTokenSource Lost { get; } = new();
    }

    /// <summary>The active silos as last seen, and the runs each completed (by the silo that reported them).</summary>
    private sealed class ClusterState(IClusterClient client, Action<string>? log)
    {
        private readonly Dictionary<string, int> _completed = new(StringComparer.Ordinal);
        private readonly Dictionary<SiloAddress, SiloSlot> _silos = [];

        public IReadOnlyCollection<SiloSlot> Silos => _silos.Values;

        public int Running => _silos.Values.Sum(s => s.Running) + _gone.Sum(s => s.Running);

        private readonly List<SiloSlot> _gone = [];

        public SiloSlot? FreeSilo() =>
            _silos.Values.Where(s => s.Running < s.Slots).OrderBy(s => (double)s.Running / s.Slots).ThenBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault();

        public void Completed(string parsableSilo)
        {
            var name = SiloAddress.FromParsableString(parsableSilo).Endpoint.ToString();
            _completed[name] = _completed.GetValueOrDefault(name) + 1;
        }

        public IReadOnlyList<SiloRuns> Shares() =>
            _completed.Keys.Union(_silos.Values.Select(s => s.Name))
                .Order(StringComparer.Ordinal)
                .Select(n => new SiloRuns(n, _completed.GetValueOrDefault(n), _silos.Values.Where(s => s.Name == n).Sum(s => s.Running)))
                .ToList();

        /// <summary>Reads the active silos; adds new ones (asking each its processor count) and drops those gone. Returns the dropped ones.</summary>
        public async Task<IReadOnlyList<SiloSlot>> RefreshAsync(CancellationToken cancel)
        {
            Dictionary<SiloAddress, SiloStatus> hosts;
            try
            {
                hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                return [];
            }

            _gone.RemoveAll(s => s.Running == 0);
            var lost = new List<SiloSlot>();
            foreach (var (address, slot) in _silos.ToList())
            {
                if (hosts.ContainsKey(address)) continue;
                _silos.Remove(address);
                lost.Add(slot);
                _gone.Add(slot);
                await slot.Lost.CancelAsync().ConfigureAwait(false);
            }

            foreach (var address in hosts.Keys.Where(a => !_silos.ContainsKey(a)))
            {
                var slots = await ProcessorsAsync(address, cancel).ConfigureAwait(false);
                if (slots is null) continue;
                _silos[address] = new SiloSlot(address, slots.Value);
                log?.Invoke($"silo {address.Endpoint} joined with {slots} slot{(slots == 1 ? "" : "s")}");
            }

            return lost;
        }

        private async Task<int?> ProcessorsAsync(SiloAddress address, CancellationToken cancel)
        {
            try
            {
                RequestContext.Set(IPlacementDirector.PlacementHintKey, address);
                var grain = client.GetGrain<ISiloIdentityGrain>("slots/" + address.ToParsableString());
                return await grain.ProcessorCountAsync().WaitAsync(TimeSpan.FromSeconds(5), cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                return null;
            }
            finally
            {
                RequestContext.Remove(IPlacementDirector.PlacementHintKey);
            }
        }
    }
}
