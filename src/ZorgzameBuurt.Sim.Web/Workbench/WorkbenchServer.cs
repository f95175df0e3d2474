using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZorgzameBuurt.Sim.Web.Live;

namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>How to serve a workbench. Port 0 picks a free one. Immutable.</summary>
public sealed record WorkbenchOptions(LiveWorldSetup Setup, int Port = 5123, string? TeacherKey = null);

/// <summary>
/// A running workbench: one ASP.NET Core app on 127.0.0.1 (loopback only) serving the page, the API and the SignalR
/// hub over one live world. Dispose to stop it.
/// </summary>
public sealed class WorkbenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkbenchServer(WebApplication app, WorkbenchSession session, Uri address)
    {
        _app = app;
        Session = session;
        Address = address;
    }

    public WorkbenchSession Session { get; }

    /// <summary>The students' link.</summary>
    public Uri Address { get; }

    /// <summary>The teacher's link: the students' link with the session key.</summary>
    public Uri TeacherAddress => new(Address, $"/?key={Session.TeacherKey}");

    /// <summary>Builds the live world (in-process engine) and starts serving.</summary>
    public static Task<WorkbenchServer> StartAsync(WorkbenchOptions options, CancellationToken cancellation = default) =>
        StartAsync(options, InProcessLiveWorld.Create(options.Setup), cancellation);

    /// <summary>Starts serving <paramref name="world"/> (any host of <see cref="ILiveWorld"/>).</summary>
    public static async Task<WorkbenchServer> StartAsync(WorkbenchOptions options, ILiveWorld world, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WorkbenchServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals);
        var app = builder.Build();
        var session = new WorkbenchSession(world, app.Services.GetRequiredService<IHubContext<WorkbenchHub>>(), options.TeacherKey);
        app.MapHub<WorkbenchHub>(WorkbenchHub.Path);
        WorkbenchEndpoints.Map(app, session, options.Setup.Sets);
        await app.StartAsync(cancellation);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = new Uri(addresses.First());
        return new WorkbenchServer(app, session, address);
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
