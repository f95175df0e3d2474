using Microsoft.Data.Sqlite;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

public sealed partial class ResultsStore
{
    /// <summary>
    /// Streams the saved runs of the experiment back, ordered by label then replication, one run in memory at a
    /// time; optionally only the runs with <paramref name="label"/>. Uses its own connection, so saving may go on
    /// meanwhile (the enumeration sees the runs committed when it started). Indicator order is preserved; values
    /// stored as NULL come back as NaN.
    /// </summary>
    public IEnumerable<RunResult> ReadRuns(long experimentId, string? label = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Enumerate(experimentId, label);
    }

    private IEnumerable<RunResult> Enumerate(long experimentId, string? label)
    {
        using var connection = OpenReader();
        using var reader = Guard(() => new RunReader(connection, experimentId, label));
        while (Guard(reader.MoveNext)) yield return reader.Current;
    }

    /// <summary>Reads runs one by one with three prepared statements on one connection, inside one read transaction.</summary>
    private sealed class RunReader : IDisposable
    {
        private readonly SqliteTransaction _tx;
        private readonly SqliteCommand _runs;
        private readonly SqliteCommand _end;
        private readonly SqliteCommand _series;
        private readonly SqliteDataReader _runReader;
        private RunResult? _current;

        internal RunReader(SqliteConnection connection, long experimentId, string? label)
        {
            _tx = connection.BeginTransaction(deferred: true);
            _runs = connection.CreateCommand();
            _runs.Transaction = _tx;
            _runs.CommandText = """
                SELECT id, label, replication, seed, point_json, end_day FROM runs
                WHERE experiment_id = $e AND ($l IS NULL OR label = $l)
                ORDER BY label, replication;
                """;
            _runs.Parameters.AddWithValue("$e", experimentId);
            _runs.Parameters.AddWithValue("$l", (object?)label ?? DBNull.Value);

            _end = connection.CreateCommand();
            _end.Transaction = _tx;
            _end.CommandText = "SELECT name, value FROM end_indicators WHERE run_id = $run ORDER BY rowid;";
            _end.Parameters.Add("$run", SqliteType.Integer);

            _series = connection.CreateCommand();
            _series.Transaction = _tx;
            _series.CommandText = "SELECT day, name, value FROM series WHERE run_id = $run ORDER BY day, rowid;";
            _series.Parameters.Add("$run", SqliteType.Integer);

            _runReader = _runs.ExecuteReader();
        }

        internal RunResult Current => _current ?? throw new InvalidOperationException("No current run.");

        internal bool MoveNext()
        {
            if (!_runReader.Read()) return false;
            var runId = _runReader.GetInt64(0);
            var endDay = _runReader.GetInt32(5);
            _current = new RunResult(
                _runReader.GetString(1),
                _runReader.GetInt32(2),
                SqlValues.SeedFromStored(_runReader.GetInt64(3)),
                SqlValues.PointFromJson(_runReader.GetString(4)),
                ReadEnd(runId, endDay),
                ReadSeries(runId));
            return true;
        }

        private IndicatorSet ReadEnd(long runId, int day)
        {
            _end.Parameters["$run"].Value = runId;
            using var r = _end.ExecuteReader();
            var values = new List<KeyValuePair<string, double>>();
            while (r.Read()) values.Add(new(r.GetString(0), r.IsDBNull(1) ? double.NaN : r.GetDouble(1)));
            return new IndicatorSet(day, values);
        }

        private List<IndicatorSet> ReadSeries(long runId)
        {
            _series.Parameters["$run"].Value = runId;
            using var r = _series.ExecuteReader();
            var sets = new List<IndicatorSet>();
            var values = new List<KeyValuePair<string, double>>();
            var day = 0;
            while (r.Read())
            {
                var d = r.GetInt32(0);
                if (values.Count > 0 && d != day)
                {
                    sets.Add(new IndicatorSet(day, values));
                    values = new List<KeyValuePair<string, double>>();
                }
                day = d;
                values.Add(new(r.GetString(1), r.IsDBNull(2) ? double.NaN : r.GetDouble(2)));
            }
            if (values.Count > 0) sets.Add(new IndicatorSet(day, values));
            return sets;
        }

        public void Dispose()
        {
            _runReader.Dispose();
            _runs.Dispose();
            _end.Dispose();
            _series.Dispose();
            _tx.Dispose();
        }
    }
}
