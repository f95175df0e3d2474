using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Web.Live;

namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>
/// The workbench's HTTP API. Reading (status, today, network, a resident) is open to every page; every POST needs
/// the teacher's session key in the <c>X-Session-Key</c> header and is refused with 403 without it.
/// </summary>
internal static class WorkbenchEndpoints
{
    public const string KeyHeader = "X-Session-Key";

    public static void Map(IEndpointRouteBuilder app, WorkbenchSession session, IReadOnlyList<string> sets)
    {
        app.MapGet("/", () => Results.Content(WorkbenchAssets.Read("index.html"), "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Results.Content(WorkbenchAssets.Read("app.bundle.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Results.Content(WorkbenchAssets.Read("app.css"), "text/css; charset=utf-8"));

        var api = app.MapGroup("/api");
        api.MapGet("/status", async (HttpRequest r) =>
        {
            var status = await session.WithWorldAsync(w => w.StatusAsync());
            return Results.Ok(new
            {
                status, teacher = session.IsTeacher(r.Headers[KeyHeader]), playing = session.Playing, speed = session.Speed,
                presets = Presets.Names, charts = InProcessLiveWorld.ChartIndicators,
            });
        });
        api.MapGet("/history", async () => Results.Ok(await session.HistoryAsync()));
        api.MapGet("/today", async () => Results.Ok(await session.WithWorldAsync(w => w.TodayAsync())));
        api.MapGet("/network", async () => Results.Ok(await session.WithWorldAsync(w => w.NetworkAsync())));
        api.MapGet("/resident/{id:int}", async (int id) =>
            await Guarded(async () => Results.Ok(await session.WithWorldAsync(w => w.ResidentAsync(id)))));

        var control = api.MapGroup("").AddEndpointFilter(async (context, next) =>
            session.IsTeacher(context.HttpContext.Request.Headers[KeyHeader])
                ? await next(context)
                : Results.Problem("Only the teacher's browser controls the world (its link carries the session key).", statusCode: 403));
        control.MapPost("/step", async (int? days) => Results.Ok(await session.StepAsync(Math.Clamp(days ?? 1, 1, 365))));
        control.MapPost("/play", async (double? speed) =>
        {
            await session.PlayAsync(speed ?? session.Speed);
            return Results.Ok();
        });
        control.MapPost("/pause", async () =>
        {
            await session.PauseAsync();
            return Results.Ok();
        });
        control.MapPost("/switch", (SwitchRequest s) => Guarded(() => Change(session, w => w.SwitchAsync(s.Key, s.On))));
        control.MapPost("/lockdown", (LockdownRequest l) => Guarded(() => Change(session, w => w.LockdownNowAsync(l.ContactFactor, l.Days))));
        control.MapPost("/lockdown/end", () => Change(session, w => w.EndLockdownAsync()));
        control.MapPost("/close", (CloseRequest c) => Guarded(() => Change(session, w => w.CloseFacilityNowAsync(c.Settlement, c.Facility))));
        control.MapPost("/reset", (ResetRequest request) => ResetAsync(session, request, sets));
    }

    private static async Task<IResult> Change(WorkbenchSession session, Func<ILiveWorld, ValueTask> change)
    {
        await session.ChangeAsync(change);
        return Results.Ok();
    }

    /// <summary>Validates the preset or upload exactly like the CLI (loader, then overrides) before anything changes.</summary>
    private static async Task<IResult> ResetAsync(WorkbenchSession session, ResetRequest request, IReadOnlyList<string> sets)
    {
        string name, yaml;
        if (request.Yaml is { } text)
        {
            name = string.IsNullOrWhiteSpace(request.FileName) ? "upload.yaml" : Path.GetFileName(request.FileName);
            yaml = text;
        }
        else
        {
            var current = await session.WithWorldAsync(w => w.StatusAsync());
            name = request.Preset ?? current.Scenario;
            yaml = Presets.Text(name) ?? "";
            if (yaml.Length == 0) return Results.BadRequest(new { error = $"no preset '{name}'; presets: {string.Join(", ", Presets.Names)}" });
        }
        var loaded = ScenarioLoader.LoadText(yaml, name);
        var problems = loaded.Spec is { } spec ? ScenarioOverrides.Apply(spec, sets) : loaded.Problems;
        if (problems.Count > 0)
            return Results.BadRequest(new { problems = problems.Select(p => new ProblemView(p.File, p.Line, p.Column, p.Field, p.Message, p.ToString())) });
        var mix = request.Mix ?? loaded.Spec!.Mix;
        try
        {
            Mixes.Parse(mix, loaded.Spec!);
        }
        catch (MixException e)
        {
            return Results.BadRequest(new { error = e.Message });
        }
        await session.ResetAsync(new LiveWorldSetup(name, yaml, sets, request.Seed, mix));
        return Results.Ok();
    }

    private static async Task<IResult> Guarded(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(new { error = e.Message });
        }
    }
}
