using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ZorgzameBuurt.Sim.Orleans.Hosting;

/// <summary>
/// An in-process silo for plain C#: <c>await using var cluster = await LocalCluster.StartAsync();</c>,
/// then <see cref="GrainFactory"/>. Set up by <see cref="SiloSetup"/> with localhost clustering on free
/// loopback ports (so several can run side by side); disposing stops the silo gracefully.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly IHost host;

    private LocalCluster(IHost host, SiloSettings settings)
    {
        this.host = host;
        Settings = settings;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The settings the silo was started with (its ports, ids).</summary>
    public SiloSettings Settings { get; }

    /// <summary>The co-hosted client of the silo.</summary>
    public IClusterClient Client { get; }

    /// <summary>The grain factory of the silo.</summary>
    public IGrainFactory GrainFactory => Client;

    /// <summary>Starts a silo; <paramref name="settings"/> defaults to localhost clustering on two free loopback ports.</summary>
    public static async Task<LocalCluster> StartAsync(SiloSettings? settings = null, CancellationToken cancel = default)
    {
        settings ??= new SiloSettings(SiloPort: FreePort(), GatewayPort: FreePort(), ClusterId: "zb-local-" + Guid.NewGuid().ToString("N")[..8]);
        var host = SiloSetup.BuildHost(settings);
        await host.StartAsync(cancel).ConfigureAwait(false);
        return new LocalCluster(host, settings);
    }

    /// <summary>A TCP port on 127.0.0.1 that is free right now.</summary>
    public static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(SiloSetup.ShutdownTimeout).ConfigureAwait(false);
        }
        finally
        {
            host.Dispose();
        }
    }
}
