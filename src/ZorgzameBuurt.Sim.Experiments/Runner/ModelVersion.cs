using System.Reflection;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>The version of the simulation model, as recorded with every experiment.</summary>
public static class ModelVersion
{
    /// <summary>The model assembly's informational version, e.g. <c>0.1.0+b85dce8…</c> (with the source commit when known).</summary>
    public static string Build { get; } =
        typeof(World).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(World).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The release version without build metadata, e.g. <c>0.1.0</c>: experiments resume only under the same one.</summary>
    public static string Current { get; } = Build.Split('+')[0];
}
