using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Orleans.Hosting;

/// <summary>
/// The client side of <see cref="SiloSetup"/>: configures an Orleans client for a
/// <see cref="ClusterConnection"/>, and connects one (<see cref="ConnectAsync"/>).
/// </summary>
public static class ClientSetup
{
    /// <summary>How long <see cref="ConnectAsync"/> keeps trying to reach a gateway (silos may still be starting).</summary>
    public static readonly TimeSpan ConnectPatience = TimeSpan.FromSeconds(60);

    /// <summary>Configures <paramref name="client"/> for <paramref name="connection"/>.</summary>
    public static IClientBuilder Configure(IClientBuilder client, ClusterConnection connection)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.Redis is null)
        {
            client.UseLocalhostClustering(connection.LocalGatewayPorts.ToArray(), connection.ServiceId, connection.ClusterId);
        }
        else
        {
            client.UseRedisClustering(connection.Redis);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = connection.ClusterId;
                o.ServiceId = connection.ServiceId;
            });
        }

        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = SiloSetup.CallTimeout);
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        var deadline = DateTime.UtcNow + ConnectPatience;
        client.UseConnectionRetryFilter(async (_, cancel) =>
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancel).ConfigureAwait(false);
            return true;
        });
        return client;
    }

    /// <summary>Connects a client to the cluster; dispose the result to disconnect.</summary>
    public static async Task<ClusterClientHandle> ConnectAsync(ClusterConnection connection, CancellationToken cancel = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = Array.Empty<string>() });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleansClient(client => Configure(client, connection));
        var host = builder.Build();
        await host.StartAsync(cancel).ConfigureAwait(false);
        return new ClusterClientHandle(host, host.Services.GetRequiredService<IClusterClient>());
    }
}

/// <summary>A connected cluster client; disposing it disconnects. Not thread-affine.</summary>
public sealed class ClusterClientHandle : IAsyncDisposable
{
    private readonly IHost host;

    internal ClusterClientHandle(IHost host, IClusterClient client)
    {
        this.host = host;
        Client = client;
    }

    /// <summary>The client (also an <see cref="IGrainFactory"/>).</summary>
    public IClusterClient Client { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        finally
        {
            host.Dispose();
        }
    }
}
