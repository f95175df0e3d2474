using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Orleans.Hosting;

/// <summary>
/// The one place that configures a silo of this project: clustering (localhost by default, Redis
/// when <see cref="SiloSettings.Redis"/> is set), ids, ports, failure detection, long grain calls,
/// the optional Orleans Dashboard and graceful shutdown. Every grain in this assembly (replications,
/// the world grains) is hosted by any silo set up here: Orleans finds them by the assembly's
/// generated metadata, which this project's reference brings along.
/// </summary>
public static class SiloSetup
{
    /// <summary>How long one grain call may take before it times out (a replication of a big world runs for minutes).</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(30);

    /// <summary>How long a stopping silo may take to hand over (SIGTERM → graceful shutdown).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Settings that every silo of the project shares whatever its clustering, also the silos of
    /// a <c>TestCluster</c> (which brings its own clustering): call timeout and a failure detector
    /// that declares a killed silo dead within seconds, so that its calls fail and are run again.
    /// </summary>
    public static ISiloBuilder ConfigureRuntime(ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = CallTimeout;
            o.SystemResponseTimeout = TimeSpan.FromSeconds(30);
        });
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 2;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
            o.DefunctSiloExpiration = TimeSpan.FromMinutes(10);
        });
        return silo;
    }

    /// <summary>Configures <paramref name="silo"/> from <paramref name="settings"/> (clustering, ids, endpoints, runtime, dashboard services).</summary>
    public static ISiloBuilder Configure(ISiloBuilder silo, SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Redis is null)
        {
            var primary = new IPEndPoint(IPAddress.Loopback, settings.PrimarySiloPort ?? settings.SiloPort);
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primary, settings.ServiceId, settings.ClusterId);
        }
        else
        {
            silo.UseRedisClustering(settings.Redis);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            var advertised = ResolveAdvertised(settings.AdvertisedAddress);
            silo.ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: settings.AdvertisedAddress is not null);
        }

        ConfigureRuntime(silo);
        if (settings.DashboardPort is not null)
        {
            silo.AddDashboard();
        }

        return silo;
    }

    /// <summary>
    /// Builds the silo's host: a plain generic host, or a web host serving the dashboard on
    /// <see cref="SiloSettings.DashboardPort"/> (all interfaces when an advertised address is set, loopback otherwise).
    /// The host stops gracefully on SIGTERM/Ctrl+C (the generic host's console lifetime).
    /// </summary>
    public static IHost BuildHost(SiloSettings settings, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.DashboardPort is int dashboardPort)
        {
            var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>() });
            Common(web.Services, web.Logging, logging);
            web.WebHost.UseKestrel(k =>
            {
                if (settings.AdvertisedAddress is null)
                {
                    k.Listen(IPAddress.Loopback, dashboardPort);
                }
                else
                {
                    k.ListenAnyIP(dashboardPort);
                }
            });
            web.UseOrleans(silo => Configure(silo, settings));
            var app = web.Build();
            app.MapOrleansDashboard();
            return app;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = false, Args = Array.Empty<string>() });
        Common(builder.Services, builder.Logging, logging);
        builder.UseOrleans(silo => Configure(silo, settings));
        return builder.Build();
    }

    private static void Common(IServiceCollection services, ILoggingBuilder log, Action<ILoggingBuilder>? logging)
    {
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        log.ClearProviders();
        if (logging is null)
        {
            log.AddSimpleConsole(o => o.SingleLine = true);
            log.SetMinimumLevel(LogLevel.Warning);

            // Startup notes that are not faults (no server GC on purpose, the watchdog's first look after a cold start).
            log.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
            log.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        }
        else
        {
            logging(log);
        }
    }

    private static IPAddress ResolveAdvertised(string? address)
    {
        if (address is null)
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(address, out var ip))
        {
            return ip;
        }

        // "auto": this machine's own address, as in a container whose replicas cannot each be given one.
        var host = address.Equals("auto", StringComparison.OrdinalIgnoreCase) ? Dns.GetHostName() : address;
        var found = Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        return found ?? throw new FormatException($"ZB_ADVERTISED_ADDRESS='{address}': no IPv4 address found for this host name");
    }
}
