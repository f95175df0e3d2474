using Microsoft.Data.Sqlite;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

public sealed partial class ResultsStore
{
    /// <summary>True when the run (label, replication) of the experiment has been saved.</summary>
    public bool IsFinished(long experimentId, string label, int replication)
    {
        ArgumentNullException.ThrowIfNull(label);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Guard(() =>
            {
                using var command = _writer.CreateCommand();
                command.CommandText = "SELECT 1 FROM runs WHERE experiment_id = $e AND label = $l AND replication = $r;";
                command.Parameters.AddWithValue("$e", experimentId);
                command.Parameters.AddWithValue("$l", label);
                command.Parameters.AddWithValue("$r", replication);
                return command.ExecuteScalar() is not null;
            });
        }
    }

    /// <summary>The runs of the experiment that are saved, so a resumed command can skip them.</summary>
    public IReadOnlySet<RunKey> FinishedRuns(long experimentId)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Guard(() =>
            {
                using var command = _writer.CreateCommand();
                command.CommandText = "SELECT label, replication FROM runs WHERE experiment_id = $e;";
                command.Parameters.AddWithValue("$e", experimentId);
                using var reader = command.ExecuteReader();
                var set = new HashSet<RunKey>();
                while (reader.Read()) set.Add(new RunKey(reader.GetString(0), reader.GetInt32(1)));
                return set;
            });
        }
    }

    /// <summary>
    /// Saves one run with all its indicator rows in a single transaction: either all of it is stored or none.
    /// Returns false, writing nothing, when the run (label, replication) was already saved.
    /// Safe to call from several threads.
    /// </summary>
    public bool Save(long experimentId, RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Guard(() => SaveLocked(experimentId, run));
        }
    }

    private bool SaveLocked(long experimentId, RunResult run)
    {
        using var tx = _writer.BeginTransaction();
        long runId;
        using (var insert = _writer.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO runs (experiment_id, label, replication, seed, point_json, end_day, finished_utc)
                VALUES ($e, $l, $r, $s, $p, $d, $f)
                ON CONFLICT (experiment_id, label, replication) DO NOTHING
                RETURNING id;
                """;
            insert.Parameters.AddWithValue("$e", experimentId);
            insert.Parameters.AddWithValue("$l", run.Mix);
            insert.Parameters.AddWithValue("$r", run.Replication);
            insert.Parameters.AddWithValue("$s", SqlValues.ToStored(run.Seed));
            insert.Parameters.AddWithValue("$p", SqlValues.PointToJson(run.Point));
            insert.Parameters.AddWithValue("$d", run.End.Day);
            insert.Parameters.AddWithValue("$f", SqlValues.Now());
            var id = insert.ExecuteScalar();
            if (id is null) return false; // already saved: the transaction rolls back on dispose
            runId = (long)id;
        }
        SaveStageHook?.Invoke("run");

        using (var end = _writer.CreateCommand())
        {
            end.Transaction = tx;
            end.CommandText = "INSERT INTO end_indicators (run_id, name, value) VALUES ($run, $n, $v);";
            end.Parameters.AddWithValue("$run", runId);
            var name = end.Parameters.Add("$n", SqliteType.Text);
            var value = end.Parameters.Add("$v", SqliteType.Real);
            end.Prepare();
            foreach (var (n, v) in run.End.Pairs())
            {
                name.Value = n;
                value.Value = SqlValues.ToStored(v);
                end.ExecuteNonQuery();
            }
        }
        SaveStageHook?.Invoke("end");

        using (var series = _writer.CreateCommand())
        {
            series.Transaction = tx;
            series.CommandText = "INSERT INTO series (run_id, day, name, value) VALUES ($run, $d, $n, $v);";
            series.Parameters.AddWithValue("$run", runId);
            var day = series.Parameters.Add("$d", SqliteType.Integer);
            var name = series.Parameters.Add("$n", SqliteType.Text);
            var value = series.Parameters.Add("$v", SqliteType.Real);
            series.Prepare();
            foreach (var set in run.Series)
            {
                day.Value = set.Day;
                foreach (var (n, v) in set.Pairs())
                {
                    name.Value = n;
                    value.Value = SqlValues.ToStored(v);
                    series.ExecuteNonQuery();
                }
            }
        }
        SaveStageHook?.Invoke("series");

        if (run.Residents is { } residents)
        {
            using var outcomes = _writer.CreateCommand();
            outcomes.Transaction = tx;
            outcomes.CommandText = "INSERT INTO resident_outcomes (run_id, metric, data) VALUES ($run, $m, $d);";
            outcomes.Parameters.AddWithValue("$run", runId);
            var metric = outcomes.Parameters.Add("$m", SqliteType.Text);
            var data = outcomes.Parameters.Add("$d", SqliteType.Blob);
            metric.Value = ResidentOutcomeRows.Reached;
            data.Value = residents.ReachedBytes();
            outcomes.ExecuteNonQuery();
            for (var m = 0; m < ResidentOutcomes.Metrics.Count; m++)
            {
                metric.Value = ResidentOutcomes.Metrics[m];
                data.Value = residents.ValueBytes(m);
                outcomes.ExecuteNonQuery();
            }
        }

        tx.Commit();
        return true;
    }
}
