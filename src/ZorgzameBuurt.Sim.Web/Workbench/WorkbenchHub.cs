using Microsoft.AspNetCore.SignalR;

namespace ZorgzameBuurt.Sim.Web.Workbench;

/// <summary>
/// The SignalR hub every open page joins: the session pushes <c>day</c> (a <see cref="Live.DayReport"/>) after each
/// simulated day, <c>status</c> after a switch or shock and <c>reset</c> after a new world. Pages only listen;
/// control goes through the HTTP endpoints that check the teacher's session key.
/// </summary>
public sealed class WorkbenchHub : Hub
{
    public const string Path = "/hub";
}
