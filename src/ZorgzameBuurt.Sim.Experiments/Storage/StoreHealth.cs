using Microsoft.Data.Sqlite;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>
/// Checks an existing results.db before a command uses it (SQLite's quick_check, read-only). When it is damaged, says
/// which saved runs can still be read in full and how to start over, so that a command never first claims that
/// runs are done and then fails reading them.
/// </summary>
public static class StoreHealth
{
    /// <summary>Null when <paramref name="folder"/> has no results.db or a sound one; otherwise the message for the user.</summary>
    public static string? Problem(string folder)
    {
        var path = Path.Combine(folder, ResultsStore.FileName);
        if (!File.Exists(path)) return null;
        var cs = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        string? damage;
        try
        {
            using var connection = new SqliteConnection(cs);
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            using var reader = check.ExecuteReader();
            var answers = new List<string>();
            while (reader.Read()) answers.Add(reader.GetString(0));
            damage = answers is ["ok"] ? null
                : answers.Count == 0 ? "quick_check gave no answer"
                : $"{answers[0].Split('\n')[0]}{(answers.Count > 1 ? $" and {answers.Count - 1} more problems" : "")}";
        }
        catch (SqliteException e)
        {
            damage = e.SqliteErrorCode == 26 ? "the file is not a SQLite database" : e.Message.Replace("SQLite Error " + e.SqliteErrorCode + ": ", "", StringComparison.Ordinal).Trim('\'', '.', ' ');
        }
        if (damage is null) return null;

        var (readable, total) = Readable(cs);
        var kept = total switch
        {
            null => "No run can be read from it.",
            _ => $"{readable.Count} of {total} saved runs can still be read in full{(readable.Count > 0 ? ": " + Summarise(readable) : "")}.",
        };
        return $"{path} is damaged ({damage}). {kept} To start over, move it aside (mv '{path}' '{path}.damaged') "
            + "and run the same command again, or give a fresh --out folder; the readable runs stay in the moved file (sqlite3 .recover gets them out).";
    }

    /// <summary>The runs whose rows read back without an error, as "experiment key: label #replication", and how many runs are listed.</summary>
    private static (List<string> Readable, int? Total) Readable(string cs)
    {
        var readable = new List<string>();
        List<(long Id, string Name)> runs;
        try
        {
            using var connection = new SqliteConnection(cs);
            connection.Open();
            using var list = connection.CreateCommand();
            list.CommandText = "SELECT r.id, e.key || ': ' || r.label || ' #' || r.replication FROM runs r JOIN experiments e ON e.id = r.experiment_id ORDER BY r.id;";
            using var reader = list.ExecuteReader();
            runs = [];
            while (reader.Read()) runs.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        catch (SqliteException)
        {
            return (readable, null);
        }

        foreach (var (id, name) in runs)
        {
            try
            {
                using var connection = new SqliteConnection(cs);
                connection.Open();
                using var read = connection.CreateCommand();
                read.CommandText = "SELECT count(*), sum(value) FROM end_indicators WHERE run_id = $id; SELECT count(*), sum(value) FROM series WHERE run_id = $id;";
                read.Parameters.AddWithValue("$id", id);
                using var reader = read.ExecuteReader();
                do
                {
                    while (reader.Read()) _ = reader.GetValue(1);
                }
                while (reader.NextResult());
                readable.Add(name);
            }
            catch (SqliteException)
            {
                // this run's rows are in a damaged page
            }
        }
        return (readable, runs.Count);
    }

    private static string Summarise(List<string> runs) =>
        runs.Count <= 12 ? string.Join(", ", runs) : string.Join(", ", runs.Take(12)) + $" and {runs.Count - 12} more";
}
