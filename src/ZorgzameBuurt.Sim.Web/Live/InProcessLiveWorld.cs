using ZorgzameBuurt.Sim.Experiments.Journeys;
using ZorgzameBuurt.Sim.Analysis;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Web.Live;

/// <summary>
/// <see cref="ILiveWorld"/> on the in-process engine: the live world and its counterfactual twin (same scenario and
/// seed, the comparison mix, the same shocks, none of the live switches) stepped together, every resident traced so
/// any clicked resident has her journey from day 0. Not thread-safe: the session serialises calls.
/// </summary>
public sealed class InProcessLiveWorld : ILiveWorld
{
    /// <summary>The indicators the page charts (issue 14 item 3).</summary>
    public static readonly IReadOnlyList<string> ChartIndicators =
    [
        IndicatorNames.HiddenNeedShare, IndicatorNames.SignalsLost, IndicatorNames.UnmetNeedDays,
        IndicatorNames.LonelyShare, IndicatorNames.WeakTieDensity,
    ];

    private TwinWorlds _twins = null!;
    private ScenarioSpec _spec = null!;
    private LiveWorldSetup _setup = null!;
    private DisplayState _display = null!;
    private byte[] _states = [];
    private (float[] X, float[] Y) _layout;
    private readonly List<LiveSwitch> _switches = [];

    private InProcessLiveWorld()
    {
    }

    public static InProcessLiveWorld Create(LiveWorldSetup setup)
    {
        var live = new InProcessLiveWorld();
        live.Build(setup);
        return live;
    }

    /// <summary>The live world itself (for tests and benchmarks of this host).</summary>
    internal World World => _twins.With;

    public ValueTask<LiveStatus> StatusAsync()
    {
        var w = _twins.With;
        return ValueTask.FromResult(new LiveStatus(
            _spec.Name, w.Seed, w.Day, w.Residents.Count, _twins.Versus, w.ActiveInterventions, InterventionCatalog.Keys,
            w.Space.Names, SettlementSpec.FacilityKinds, w.IsLockdown, [.. _switches]));
    }

    public ValueTask<DayReport> StepAsync()
    {
        _twins.Step();
        _states = _display.Update(_twins.With);
        return TodayAsync();
    }

    public ValueTask<DayReport> TodayAsync()
    {
        var w = _twins.With;
        var set = w.Indicators();
        var values = ChartIndicators.ToDictionary(n => n, n => Finite(set[n]), StringComparer.Ordinal);
        return ValueTask.FromResult(new DayReport(w.Day, values, _states, Loneliness(w), w.IsLockdown));
    }

    public ValueTask<NetworkView> NetworkAsync()
    {
        var w = _twins.With;
        var snapshot = TieSnapshot.Take(w);
        var analysis = NetworkAnalysis.Of(snapshot);
        var n = w.Residents.Count;
        var kind = new byte[snapshot.Agents];
        var lonely = new byte[snapshot.Agents];
        Loneliness(w).CopyTo(lonely, 0);
        for (var id = 0; id < snapshot.Agents; id++) kind[id] = id >= n ? (byte)2 : w.RoleOf(id) != Role.None ? (byte)1 : (byte)0;
        var states = new byte[snapshot.Agents];
        _states.CopyTo(states, 0);
        var ties = snapshot.Ties;
        var indicators = NetworkIndicators.Of(analysis, n).ToDictionary(p => p.Key, p => Finite(p.Value), StringComparer.Ordinal);
        return ValueTask.FromResult(new NetworkView(
            w.Day, n, _layout.X, _layout.Y, kind, states, lonely,
            [.. analysis.DistanceToHelp], [.. analysis.IsCutVertex],
            [.. ties.Select(t => t.A)], [.. ties.Select(t => t.B)], [.. ties.Select(t => (byte)t.Kind)],
            [.. ties.Select(t => (byte)Math.Clamp(t.Strength * 255, 0, 255))], indicators));
    }

    public ValueTask<ResidentView> ResidentAsync(int resident)
    {
        var c = _twins.Compare(resident, Describe(_twins.With.ActiveInterventions));
        var h = c.With.History;
        var traits = Enum.GetValues<Traits>().Where(t => t != Traits.None && (h.Traits & t) != 0).Select(t => t.ToString()).ToList();
        return ValueTask.FromResult(new ResidentView(
            resident, h.Age.ToString(), (h.Traits & Traits.LivingAlone) != 0, traits, h.Trust, h.Loneliness,
            h.Role.ToString(), h.Settlement, h.Ties.Count,
            [.. h.Events.Select(e => e.ToString())], [.. c.Without.History.Events.Select(e => e.ToString())],
            c.Lines(), c.With.HiddenDays, c.Without.HiddenDays, c.With.Mix, _twins.Versus));
    }

    public ValueTask SwitchAsync(string key, bool on)
    {
        if (!InterventionCatalog.IsKey(key)) throw new ArgumentException($"unknown intervention '{key}'", nameof(key));
        var w = _twins.With;
        var active = w.ActiveInterventions.Contains(key);
        if (on && !active) w.SwitchOn(InterventionCatalog.Create(key, _spec.Interventions));
        else if (!on && active) w.SwitchOff(key);
        else return ValueTask.CompletedTask;
        _switches.Add(new LiveSwitch(w.Day, $"{key} {(on ? "on" : "off")}"));
        return ValueTask.CompletedTask;
    }

    public ValueTask LockdownNowAsync(double contactFactor, int days)
    {
        _twins.With.LockdownNow(contactFactor, days);
        _twins.Without.LockdownNow(contactFactor, days);
        _switches.Add(new LiveSwitch(_twins.With.Day, $"lockdown {days} days"));
        return ValueTask.CompletedTask;
    }

    public ValueTask EndLockdownAsync()
    {
        _twins.With.EndLockdown();
        _twins.Without.EndLockdown();
        _switches.Add(new LiveSwitch(_twins.With.Day, "lockdown ended"));
        return ValueTask.CompletedTask;
    }

    public ValueTask CloseFacilityNowAsync(string settlement, string facility)
    {
        _twins.With.CloseFacilityNow(settlement, facility);
        _twins.Without.CloseFacilityNow(settlement, facility);
        _switches.Add(new LiveSwitch(_twins.With.Day, $"{facility} closed in {settlement}"));
        return ValueTask.CompletedTask;
    }

    public ValueTask ResetAsync(LiveWorldSetup setup)
    {
        Build(setup);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Build(LiveWorldSetup setup)
    {
        var spec = Load(setup);
        var twins = TwinWorlds.Create(() => Load(setup), setup.Mix, setup.Versus, setup.Seed ?? spec.Seed);
        twins.TraceAll();
        _setup = setup;
        _spec = spec;
        _twins = twins;
        _display = new DisplayState(twins.With.Residents.Count);
        _states = _display.Update(twins.With);
        _layout = NeighbourhoodLayout.Of(twins.With);
        _switches.Clear();
    }

    /// <summary>The scenario of <paramref name="setup"/>, loaded and overridden exactly as the CLI does.</summary>
    private static ScenarioSpec Load(LiveWorldSetup setup)
    {
        var result = ScenarioLoader.LoadText(setup.ScenarioYaml, setup.ScenarioName);
        if (result.Spec is not { } spec) throw new ScenarioRejectedException(result.Problems);
        var problems = ScenarioOverrides.Apply(spec, setup.Sets);
        if (problems.Count > 0) throw new ScenarioRejectedException(problems);
        return spec;
    }

    private static byte[] Loneliness(World w)
    {
        var bytes = new byte[w.Residents.Count];
        for (var id = 0; id < bytes.Length; id++) bytes[id] = (byte)Math.Clamp(w.LonelinessOf(id) * 255, 0, 255);
        return bytes;
    }

    private static string Describe(IReadOnlyList<string> active) => active.Count == 0 ? "baseline" : string.Join('+', active);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
