using System.Globalization;

namespace ZorgzameBuurt.Sim.Orleans.Hosting;

/// <summary>
/// Where a cluster's members find each other: localhost clustering (one machine, the primary silo's
/// port known to all) or a Redis membership table (any number of machines). Immutable.
/// </summary>
/// <remarks>
/// Text syntax (the <c>--cluster</c> option of compare, sweep and patterns):
/// <list type="bullet">
/// <item><c>localhost</c> — localhost clustering, gateway 30000;</item>
/// <item><c>localhost:30000,30001</c> — localhost clustering with these gateway ports;</item>
/// <item><c>redis://HOST:PORT</c> — Redis clustering (the StackExchange.Redis configuration <c>HOST:PORT</c>).</item>
/// </list>
/// Each may end in <c>?cluster=ID&amp;service=ID</c> (defaults <c>zb</c> and <c>zorgzame-buurt</c>).
/// </remarks>
public sealed record ClusterConnection(string? Redis, IReadOnlyList<int> LocalGatewayPorts, string ClusterId, string ServiceId)
{
    /// <summary>The default cluster id (also the Redis key prefix of the membership table).</summary>
    public const string DefaultClusterId = "zb";

    /// <summary>The default service id.</summary>
    public const string DefaultServiceId = "zorgzame-buurt";

    /// <summary>The default gateway port of the first silo.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>Localhost clustering through the default gateway port.</summary>
    public static ClusterConnection Localhost { get; } =
        new(null, new[] { DefaultGatewayPort }, DefaultClusterId, DefaultServiceId);

    /// <summary>True when members meet in a Redis membership table.</summary>
    public bool UsesRedis => Redis is not null;

    /// <summary>Parses the text syntax above; throws <see cref="FormatException"/> with a one-line message.</summary>
    public static ClusterConnection Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var query = string.Empty;
        var q = value.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = value[(q + 1)..];
            value = value[..q];
        }

        var (clusterId, serviceId) = Ids(query, text);
        if (value.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return Localhost with { ClusterId = clusterId, ServiceId = serviceId };
        }

        if (value.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase))
        {
            var ports = value["localhost:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ports.Length == 0)
            {
                throw new FormatException($"cluster '{text}': expected gateway ports after 'localhost:', e.g. localhost:30000,30001");
            }

            return new ClusterConnection(null, ports.Select(p => ParsePort(p, text)).ToArray(), clusterId, serviceId);
        }

        if (value.StartsWith("redis://", StringComparison.OrdinalIgnoreCase))
        {
            var redis = value["redis://".Length..].TrimEnd('/');
            return redis.Length == 0
                ? throw new FormatException($"cluster '{text}': expected redis://HOST:PORT")
                : new ClusterConnection(redis, Array.Empty<int>(), clusterId, serviceId);
        }

        throw new FormatException($"cluster '{text}': expected 'localhost', 'localhost:PORT[,PORT…]' or 'redis://HOST:PORT', each with an optional '?cluster=ID&service=ID'");
    }

    /// <summary>The text form that <see cref="Parse"/> reads back.</summary>
    public override string ToString() =>
        (UsesRedis ? $"redis://{Redis}" : "localhost:" + string.Join(',', LocalGatewayPorts.Select(p => p.ToString(CultureInfo.InvariantCulture))))
        + $"?cluster={Uri.EscapeDataString(ClusterId)}&service={Uri.EscapeDataString(ServiceId)}";

    private static (string ClusterId, string ServiceId) Ids(string query, string text)
    {
        var clusterId = DefaultClusterId;
        var serviceId = DefaultServiceId;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pair : pair[..eq];
            var val = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (val.Length == 0)
            {
                throw new FormatException($"cluster '{text}': '{key}' needs a value");
            }

            switch (key)
            {
                case "cluster": clusterId = val; break;
                case "service": serviceId = val; break;
                default: throw new FormatException($"cluster '{text}': unknown parameter '{key}' (known: cluster, service)");
            }
        }

        return (clusterId, serviceId);
    }

    private static int ParsePort(string port, string text) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536
            ? p
            : throw new FormatException($"cluster '{text}': '{port}' is not a port number");
}
