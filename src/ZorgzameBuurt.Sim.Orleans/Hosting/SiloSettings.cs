using System.Globalization;

namespace ZorgzameBuurt.Sim.Orleans.Hosting;

/// <summary>
/// What one silo needs to know: its ports, how it finds the cluster, and whether it serves the
/// dashboard. Immutable; <see cref="FromEnvironment"/> reads the <c>ZB_*</c> variables (docs/cluster.md).
/// </summary>
/// <param name="ClusterId">Orleans cluster id; silos and clients of one cluster share it.</param>
/// <param name="ServiceId">Orleans service id.</param>
/// <param name="SiloPort">Silo-to-silo port (default 11111).</param>
/// <param name="GatewayPort">Client gateway port (default 30000).</param>
/// <param name="Redis">Redis configuration (<c>HOST:PORT</c>) for Redis clustering; null for localhost clustering.</param>
/// <param name="PrimarySiloPort">Localhost clustering only: the silo port of the primary silo (default: this silo's own).</param>
/// <param name="AdvertisedAddress">The address other silos reach this one at (default 127.0.0.1); for containers the
/// container's address (<c>ZB_ADVERTISED_ADDRESS</c>: an IP address, a host name resolved at start, or <c>auto</c> for
/// this machine's own host name). When set, the silo listens on all interfaces.</param>
/// <param name="DashboardPort">Serve the Orleans Dashboard on this HTTP port; null for none.</param>
public sealed record SiloSettings(
    string ClusterId = ClusterConnection.DefaultClusterId,
    string ServiceId = ClusterConnection.DefaultServiceId,
    int SiloPort = SiloSettings.DefaultSiloPort,
    int GatewayPort = ClusterConnection.DefaultGatewayPort,
    string? Redis = null,
    int? PrimarySiloPort = null,
    string? AdvertisedAddress = null,
    int? DashboardPort = null)
{
    /// <summary>The default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Environment variable names, one per setting.</summary>
    public static readonly IReadOnlyList<string> VariableNames = new[]
    {
        "ZB_CLUSTER_ID", "ZB_SERVICE_ID", "ZB_SILO_PORT", "ZB_GATEWAY_PORT", "ZB_REDIS",
        "ZB_PRIMARY_SILO_PORT", "ZB_ADVERTISED_ADDRESS", "ZB_DASHBOARD_PORT",
    };

    /// <summary>
    /// Settings from environment variables (unset ones keep their defaults):
    /// ZB_CLUSTER_ID, ZB_SERVICE_ID, ZB_SILO_PORT, ZB_GATEWAY_PORT, ZB_REDIS (HOST:PORT or redis://HOST:PORT),
    /// ZB_PRIMARY_SILO_PORT, ZB_ADVERTISED_ADDRESS, ZB_DASHBOARD_PORT. Throws <see cref="FormatException"/>
    /// naming the variable when a value is not valid.
    /// </summary>
    public static SiloSettings FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var s = new SiloSettings();
        return s with
        {
            ClusterId = Text(read, "ZB_CLUSTER_ID") ?? s.ClusterId,
            ServiceId = Text(read, "ZB_SERVICE_ID") ?? s.ServiceId,
            SiloPort = Port(read, "ZB_SILO_PORT") ?? s.SiloPort,
            GatewayPort = Port(read, "ZB_GATEWAY_PORT") ?? s.GatewayPort,
            Redis = NormalizeRedis(Text(read, "ZB_REDIS")),
            PrimarySiloPort = Port(read, "ZB_PRIMARY_SILO_PORT"),
            AdvertisedAddress = Text(read, "ZB_ADVERTISED_ADDRESS"),
            DashboardPort = Port(read, "ZB_DASHBOARD_PORT"),
        };
    }

    /// <summary>The connection a client uses to reach a cluster of silos set up like this one.</summary>
    public ClusterConnection ClientConnection() => Redis is null
        ? new ClusterConnection(null, new[] { GatewayPort }, ClusterId, ServiceId)
        : new ClusterConnection(Redis, Array.Empty<int>(), ClusterId, ServiceId);

    /// <summary>Accepts <c>HOST:PORT</c> or <c>redis://HOST:PORT</c>; returns the StackExchange.Redis form.</summary>
    public static string? NormalizeRedis(string? value) =>
        value is null ? null
        : value.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) ? value["redis://".Length..].TrimEnd('/')
        : value;

    private static string? Text(Func<string, string?> read, string name)
    {
        var v = read(name);
        return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
    }

    private static int? Port(Func<string, string?> read, string name)
    {
        var v = Text(read, name);
        if (v is null)
        {
            return null;
        }

        return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536
            ? p
            : throw new FormatException($"{name}='{v}': not a port number (1-65535)");
    }
}
