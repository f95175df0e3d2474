using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

/// <summary>
/// The topology of docker-compose.yml as processes on loopback: <c>redis-server</c> on a free port and two silo
/// processes (<c>dotnet zbsim.dll silo</c>, the CLI built next to the tests) with Redis clustering. When
/// redis-server is not installed (.ci/run installs it), the silos use localhost clustering instead (the first
/// silo is the primary; tests kill only the second). Everything runs under <c>timeout</c> and is killed on dispose.
/// </summary>
public sealed class ProcessClusterFixture : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(240);
    private readonly List<ChildProcess> _processes = [];
    private ChildProcess? _redis;

    /// <summary>The CLI assembly copied next to the tests.</summary>
    public static string Zbsim { get; } = Path.Combine(AppContext.BaseDirectory, "zbsim.dll");

    /// <summary>The two silos, in start order; <see cref="Silos"/>[0] is the primary under localhost clustering.</summary>
    public IReadOnlyList<(ChildProcess Process, int SiloPort, int GatewayPort)> Silos { get; private set; } = [];

    /// <summary>What a client passes to --cluster.</summary>
    public string Connection { get; private set; } = "";

    /// <summary>True when the silos meet in Redis (false: localhost clustering, redis-server missing).</summary>
    public bool UsesRedis => _redis is not null;

    public async Task InitializeAsync()
    {
        var clusterId = "zb-test-" + Guid.NewGuid().ToString("N")[..8];
        string? redis = null;
        if (OnPath("redis-server"))
        {
            var port = LocalCluster.FreePort();
            _redis = ChildProcess.Start("redis-server", ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], Lifetime);
            _redis.WaitForLine(l => l.Contains("Ready to accept connections", StringComparison.Ordinal), TimeSpan.FromSeconds(20), "redis-server start");
            redis = $"127.0.0.1:{port}";
        }

        var ports = Enumerable.Range(0, 2).Select(_ => (Silo: LocalCluster.FreePort(), Gateway: LocalCluster.FreePort())).ToList();
        var silos = ports.Select(p => (StartSilo(clusterId, p.Silo, p.Gateway, redis, ports[0].Silo), p.Silo, p.Gateway)).ToList();
        Silos = silos;
        await Task.WhenAll(silos.Select(s => Task.Run(() =>
            s.Item1.WaitForLine(l => l.StartsWith("silo: ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "'silo: ready'"))));
        Connection = redis is null
            ? "localhost:" + string.Join(',', ports.Select(p => p.Gateway)) // localhost clustering: cluster id must be the default
            : $"redis://{redis}?cluster={clusterId}";
    }

    private ChildProcess StartSilo(string clusterId, int siloPort, int gatewayPort, string? redis, int primary)
    {
        List<string> args = [Zbsim, "silo", "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}"];
        if (redis is null) args.AddRange(["--primary-silo-port", $"{primary}"]);
        else args.AddRange(["--redis", redis, "--cluster-id", clusterId]);
        var process = ChildProcess.Start("dotnet", args, Lifetime);
        _processes.Add(process);
        return process;
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    public Task DisposeAsync()
    {
        foreach (var p in _processes) p.Dispose();
        _redis?.Dispose();
        return Task.CompletedTask;
    }
}
