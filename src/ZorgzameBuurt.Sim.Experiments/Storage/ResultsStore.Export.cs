using Microsoft.Data.Sqlite;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

public sealed partial class ResultsStore
{
    public const string EndIndicatorsCsv = "end_indicators.csv";
    public const string SeriesCsv = "series.csv";
    public const string PointsCsv = "points.csv";

    /// <summary>
    /// Writes the experiment's results as CSV into <paramref name="dir"/> (created if needed):
    /// <c>end_indicators.csv</c>, wide — label, replication, seed, then one column per end indicator (in order of
    /// first appearance; a run lacking one has an empty cell); <c>series.csv</c>, long — label, replication, day,
    /// name, value; and, for sweeps only, <c>points.csv</c> — label, then one column per factor (an old points.csv is removed
    /// otherwise). Rows are ordered by
    /// label, replication (and day). Returns the paths written.
    /// </summary>
    public IReadOnlyList<string> ExportCsv(long experimentId, string dir)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (string.IsNullOrWhiteSpace(dir)) throw new ResultsStoreException("No export directory was given.");
        try
        {
            System.IO.Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ResultsStoreException($"Cannot create export directory '{dir}': {e.Message}", e);
        }

        using var connection = OpenReader();
        try
        {
            return Guard(() =>
            {
                using var tx = connection.BeginTransaction(deferred: true);
                var written = new List<string>
                {
                    WriteEnd(connection, tx, experimentId, Path.Combine(dir, EndIndicatorsCsv)),
                    WriteSeries(connection, tx, experimentId, Path.Combine(dir, SeriesCsv)),
                };
                var points = WritePoints(connection, tx, experimentId, Path.Combine(dir, PointsCsv));
                if (points is not null) written.Add(points);
                return written;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsStoreException($"Cannot write CSV files to '{dir}': {e.Message}", e);
        }
    }

    private static string WriteEnd(SqliteConnection connection, SqliteTransaction tx, long experimentId, string path)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            // Columns in a canonical order, whatever order the runs finished in (a resumed or clustered experiment stores
            // them out of order): each name where it first appears, runs taken by label and replication.
            cmd.CommandText = """
                SELECT e.name FROM end_indicators e JOIN runs r ON r.id = e.run_id
                WHERE r.experiment_id = $e ORDER BY r.label, r.replication, e.rowid;
                """;
            cmd.Parameters.AddWithValue("$e", experimentId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var name = r.GetString(0);
                if (columns.TryAdd(name, names.Count)) names.Add(name);
            }
        }

        using var csv = new Csv(path);
        csv.Field("label");
        csv.Field("replication");
        csv.Field("seed");
        foreach (var n in names) csv.Field(n);
        csv.EndLine();

        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                SELECT r.id, r.label, r.replication, r.seed, e.name, e.value
                FROM runs r LEFT JOIN end_indicators e ON e.run_id = r.id
                WHERE r.experiment_id = $e ORDER BY r.label, r.replication, e.rowid;
                """;
            cmd.Parameters.AddWithValue("$e", experimentId);
            using var r = cmd.ExecuteReader();
            var values = new double?[names.Count];
            long? run = null;
            string label = "";
            long replication = 0;
            ulong seed = 0;
            void Flush()
            {
                csv.Field(label);
                csv.Field(replication);
                csv.Field(seed);
                foreach (var v in values)
                {
                    if (v is { } x) csv.Field(x);
                    else csv.Empty();
                }
                csv.EndLine();
                Array.Clear(values);
            }
            while (r.Read())
            {
                var id = r.GetInt64(0);
                if (run is not null && run != id) Flush();
                run = id;
                label = r.GetString(1);
                replication = r.GetInt64(2);
                seed = SqlValues.SeedFromStored(r.GetInt64(3));
                if (!r.IsDBNull(4)) values[columns[r.GetString(4)]] = r.IsDBNull(5) ? double.NaN : r.GetDouble(5);
            }
            if (run is not null) Flush();
        }
        csv.Commit();
        return path;
    }

    private static string WriteSeries(SqliteConnection connection, SqliteTransaction tx, long experimentId, string path)
    {
        using var csv = new Csv(path);
        foreach (var h in new[] { "label", "replication", "day", "name", "value" }) csv.Field(h);
        csv.EndLine();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                SELECT r.label, r.replication, s.day, s.name, s.value
                FROM runs r JOIN series s ON s.run_id = r.id
                WHERE r.experiment_id = $e ORDER BY r.label, r.replication, s.day, s.rowid;
                """;
            cmd.Parameters.AddWithValue("$e", experimentId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                csv.Field(r.GetString(0));
                csv.Field(r.GetInt64(1));
                csv.Field(r.GetInt64(2));
                csv.Field(r.GetString(3));
                csv.Field(r.IsDBNull(4) ? double.NaN : r.GetDouble(4));
                csv.EndLine();
            }
        }
        csv.Commit();
        return path;
    }

    private static string? WritePoints(SqliteConnection connection, SqliteTransaction tx, long experimentId, string path)
    {
        var points = new List<(string Label, Dictionary<string, double> Values)>();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                SELECT label, MIN(point_json) FROM runs
                WHERE experiment_id = $e AND point_json <> '{}' GROUP BY label ORDER BY label;
                """;
            cmd.Parameters.AddWithValue("$e", experimentId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var values = SqlValues.PointFromJson(r.GetString(1));
                points.Add((r.GetString(0), values));
                foreach (var n in values.Keys)
                    if (seen.Add(n)) names.Add(n);
            }
        }
        if (points.Count == 0)
        {
            if (File.Exists(path)) File.Delete(path); // a points.csv left by an earlier sweep export would mislead
            return null;
        }

        using var csv = new Csv(path);
        csv.Field("label");
        foreach (var n in names) csv.Field(n);
        csv.EndLine();
        foreach (var (label, values) in points)
        {
            csv.Field(label);
            foreach (var n in names)
            {
                if (values.TryGetValue(n, out var v)) csv.Field(v);
                else csv.Empty();
            }
            csv.EndLine();
        }
        csv.Commit();
        return path;
    }
}
