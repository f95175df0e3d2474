using Microsoft.Data.Sqlite;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

public sealed partial class ResultsStore
{
    /// <summary>
    /// Records the experiment and returns its id. If an experiment with the same key exists, returns its id
    /// (this is how an interrupted command resumes), provided it was made by the same kind of command from the
    /// same scenario (hash), model version and root seed; otherwise resuming would mix incomparable runs and a
    /// <see cref="ResultsStoreException"/> is thrown. Settings are not compared, so a resumed command may, for
    /// example, ask for more replications.
    /// </summary>
    public long BeginExperiment(ExperimentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentException.ThrowIfNullOrWhiteSpace(info.Key);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Guard(() =>
            {
                using var tx = _writer.BeginTransaction();
                var existing = Find(_writer, tx, info.Key);
                if (existing is not null)
                {
                    CheckResumable(existing, info);
                    tx.Commit();
                    return existing.Id;
                }
                using var insert = _writer.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = """
                    INSERT INTO experiments (key, kind, command_line, scenario_name, scenario_hash, scenario_yaml,
                                             model_version, root_seed, settings_json, created_utc)
                    VALUES ($key, $kind, $cmd, $name, $hash, $yaml, $version, $seed, $settings, $created)
                    RETURNING id;
                    """;
                insert.Parameters.AddWithValue("$key", info.Key);
                insert.Parameters.AddWithValue("$kind", info.Kind.ToText());
                insert.Parameters.AddWithValue("$cmd", info.CommandLine ?? "");
                insert.Parameters.AddWithValue("$name", info.ScenarioName ?? "");
                insert.Parameters.AddWithValue("$hash", info.ScenarioHash ?? "");
                insert.Parameters.AddWithValue("$yaml", info.ScenarioYaml ?? "");
                insert.Parameters.AddWithValue("$version", info.ModelVersion ?? "");
                insert.Parameters.AddWithValue("$seed", SqlValues.ToStored(info.RootSeed));
                insert.Parameters.AddWithValue("$settings", info.SettingsJson ?? "");
                insert.Parameters.AddWithValue("$created", SqlValues.Now());
                var id = (long)insert.ExecuteScalar()!;
                tx.Commit();
                return id;
            });
        }
    }

    /// <summary>The experiment stored under <paramref name="key"/>, or null.</summary>
    public StoredExperiment? FindExperiment(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        using var connection = OpenReader();
        return Guard(() => Find(connection, null, key));
    }

    /// <summary>All experiments in the store, oldest first.</summary>
    public IReadOnlyList<StoredExperiment> Experiments()
    {
        using var connection = OpenReader();
        return Guard(() =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = ExperimentColumns + " ORDER BY id;";
            using var reader = command.ExecuteReader();
            var list = new List<StoredExperiment>();
            while (reader.Read()) list.Add(ReadExperiment(reader));
            return list;
        });
    }

    private const string ExperimentColumns = """
        SELECT id, key, kind, command_line, scenario_name, scenario_hash, scenario_yaml, model_version, root_seed,
               settings_json, created_utc
        FROM experiments
        """;

    private static StoredExperiment? Find(SqliteConnection connection, SqliteTransaction? tx, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = ExperimentColumns + " WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadExperiment(reader) : null;
    }

    private static StoredExperiment ReadExperiment(SqliteDataReader r) => new(
        r.GetInt64(0),
        new ExperimentInfo(
            r.GetString(1),
            ExperimentKindText.Parse(r.GetString(2)),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            r.GetString(6),
            r.GetString(7),
            SqlValues.SeedFromStored(r.GetInt64(8)),
            r.GetString(9)),
        SqlValues.ParseTime(r.GetString(10)));

    private static void CheckResumable(StoredExperiment existing, ExperimentInfo info)
    {
        var old = existing.Info;
        string? what =
            old.Kind != info.Kind ? $"kind ({old.Kind.ToText()} vs {info.Kind.ToText()})" :
            old.ScenarioHash != (info.ScenarioHash ?? "") ? "scenario (its hash differs)" :
            old.ModelVersion != (info.ModelVersion ?? "") ? $"model version ({old.ModelVersion} vs {info.ModelVersion})" :
            old.RootSeed != info.RootSeed ? $"root seed ({old.RootSeed} vs {info.RootSeed})" :
            null;
        if (what is not null)
            throw new ResultsStoreException($"Experiment '{info.Key}' already exists with a different {what}; use another experiment name or output directory.");
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw new ResultsStoreException($"Results database '{DatabasePath}': {Reason(e)}", e);
        }
    }
}
