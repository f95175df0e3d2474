using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Cli.Commands;

/// <summary>
/// <c>zbsim silo</c>: runs an Orleans silo hosting the project's grains until Ctrl-C or SIGTERM, then leaves the
/// cluster gracefully. Settings come from the ZB_* environment variables (<see cref="SiloSettings.FromEnvironment"/>),
/// and options override them. Prints <c>silo: ready …</c> on stderr once it has joined the cluster.
/// </summary>
internal static class SiloCommand
{
    public static Command Create(TextWriter stderr, CliContext context)
    {
        var clusterId = new Option<string?>("--cluster-id") { Description = "Cluster id shared by the silos and clients of one cluster (env ZB_CLUSTER_ID, default zb)." };
        var serviceId = new Option<string?>("--service-id") { Description = "Service id (env ZB_SERVICE_ID, default zorgzame-buurt)." };
        var siloPort = new Option<int?>("--silo-port") { Description = "Silo-to-silo port (env ZB_SILO_PORT, default 11111)." };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Client gateway port (env ZB_GATEWAY_PORT, default 30000)." };
        var redis = new Option<string?>("--redis") { Description = "Redis for cluster membership, HOST:PORT or redis://HOST:PORT (env ZB_REDIS); without it: localhost clustering." };
        var primary = new Option<int?>("--primary-silo-port") { Description = "Localhost clustering: the primary silo's silo port (env ZB_PRIMARY_SILO_PORT, default: this silo's own)." };
        var advertised = new Option<string?>("--advertised-address") { Description = "Address or host name other silos reach this one at (env ZB_ADVERTISED_ADDRESS; default 127.0.0.1, then listening on loopback only)." };
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve the Orleans Dashboard on this HTTP port (env ZB_DASHBOARD_PORT)." };
        var command = new Command("silo", "Run an Orleans silo that hosts the simulation's grains (replications of compare/sweep/patterns --cluster); Ctrl-C or SIGTERM stops it gracefully.")
        {
            clusterId, serviceId, siloPort, gatewayPort, redis, primary, advertised, dashboard,
        };
        command.SetAction(result =>
        {
            SiloSettings env;
            try
            {
                env = SiloSettings.FromEnvironment();
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }

            var settings = env with
            {
                ClusterId = result.GetValue(clusterId) ?? env.ClusterId,
                ServiceId = result.GetValue(serviceId) ?? env.ServiceId,
                SiloPort = Port(result.GetValue(siloPort), "--silo-port") ?? env.SiloPort,
                GatewayPort = Port(result.GetValue(gatewayPort), "--gateway-port") ?? env.GatewayPort,
                Redis = SiloSettings.NormalizeRedis(result.GetValue(redis)) ?? env.Redis,
                PrimarySiloPort = Port(result.GetValue(primary), "--primary-silo-port") ?? env.PrimarySiloPort,
                AdvertisedAddress = result.GetValue(advertised) ?? env.AdvertisedAddress,
                DashboardPort = Port(result.GetValue(dashboard), "--dashboard") ?? env.DashboardPort,
            };
            return Run(settings, stderr, context.Cancellation);
        });
        return command;
    }

    private static int Run(SiloSettings settings, TextWriter stderr, CancellationToken cancellation)
    {
        using var host = SiloSetup.BuildHost(settings);
        try
        {
            host.StartAsync(cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return Cli.Interrupted;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"zbsim: silo: could not start: {e.Message.Split('\n')[0].Trim()}");
            return 1;
        }

        var clustering = settings.Redis is null ? $"localhost clustering (primary silo port {settings.PrimarySiloPort ?? settings.SiloPort})" : $"redis {settings.Redis}";
        var board = settings.DashboardPort is { } d ? $", dashboard http://{(settings.AdvertisedAddress is null ? "127.0.0.1" : "0.0.0.0")}:{d}/" : "";
        stderr.WriteLine($"silo: ready: cluster {settings.ClusterId}, silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, {clustering}{board}, pid {Environment.ProcessId}");
        stderr.Flush();
        host.WaitForShutdownAsync(cancellation).GetAwaiter().GetResult();
        stderr.WriteLine("silo: stopped");
        return 0;
    }

    private static int? Port(int? port, string name) =>
        port is null or (> 0 and < 65536) ? port : throw new UsageException($"{name}: not a port number (1-65535), got {port}.");
}
