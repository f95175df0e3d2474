using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Reporting;

/// <summary>
/// Writes a sweep's summaries: <c>sweep_summary.csv</c> (wide: label, the factor values, n, then the mean of every end
/// indicator over replications) and, for Morris designs, <c>morris.csv</c> (long: indicator, parameter, mu_star, mu,
/// sigma, n — most important parameter first within each indicator). Same CSV dialect as the store's exports.
/// </summary>
public static class SweepCsv
{
    public const string SummaryFileName = "sweep_summary.csv";
    public const string MorrisFileName = "morris.csv";

    public static IReadOnlyList<string> Write(Sweep sweep, string dir)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var written = new List<string>();
        try
        {
            Directory.CreateDirectory(dir);
            written.Add(WriteSummary(sweep, Path.Combine(dir, SummaryFileName)));
            var morris = Path.Combine(dir, MorrisFileName);
            if (sweep.Effects.Count > 0) written.Add(WriteMorris(sweep, morris));
            else if (File.Exists(morris)) File.Delete(morris);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsStoreException($"Cannot write the sweep summaries to '{dir}': {e.Message}", e);
        }
        return written;
    }

    private static string WriteSummary(Sweep sweep, string path)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in sweep.Points)
            foreach (var n in p.Levels.Names)
                if (seen.Add(n)) names.Add(n);

        using var csv = new Csv(path);
        csv.Field("label");
        foreach (var f in sweep.Design.Factors) csv.Field(f.Name);
        csv.Field("n");
        foreach (var n in names) csv.Field(n);
        csv.EndLine();
        foreach (var p in sweep.Points)
        {
            csv.Field(p.Point.Label);
            foreach (var v in p.Point.Ordered) csv.Field(v);
            csv.Field(p.Levels.Runs);
            foreach (var n in names)
            {
                if (p.Levels.Contains(n)) csv.Field(p.Levels.Summary(n).Mean);
                else csv.Empty();
            }
            csv.EndLine();
        }
        csv.Commit();
        return path;
    }

    private static string WriteMorris(Sweep sweep, string path)
    {
        using var csv = new Csv(path);
        foreach (var h in new[] { "indicator", "parameter", "mu_star", "mu", "sigma", "n" }) csv.Field(h);
        csv.EndLine();
        foreach (var output in sweep.Effects.Select(e => e.Output).Distinct(StringComparer.Ordinal))
            foreach (var e in sweep.EffectsOn(output))
            {
                csv.Field(e.Output);
                csv.Field(e.Factor);
                csv.Field(e.MuStar);
                csv.Field(e.Mu);
                csv.Field(e.Sigma);
                csv.Field(e.Count);
                csv.EndLine();
            }
        csv.Commit();
        return path;
    }
}
