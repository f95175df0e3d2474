using Microsoft.Data.Sqlite;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>Names of the resident_outcomes rows: "reached" (one byte per resident) and one row per metric (floats).</summary>
internal static class ResidentOutcomeRows
{
    public const string Reached = "reached";
}

public sealed partial class ResultsStore
{
    /// <summary>
    /// The per-resident outcomes of the experiment's runs of <paramref name="label"/>, by replication; runs saved
    /// without them are missing from the result.
    /// </summary>
    public IReadOnlyDictionary<int, ResidentOutcomes> ReadResidentOutcomes(long experimentId, string label)
    {
        using var connection = OpenReader();
        return Guard(() =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT r.replication, o.metric, o.data FROM resident_outcomes o JOIN runs r ON r.id = o.run_id
                WHERE r.experiment_id = $e AND r.label = $l ORDER BY r.replication;
                """;
            command.Parameters.AddWithValue("$e", experimentId);
            command.Parameters.AddWithValue("$l", label);
            using var reader = command.ExecuteReader();
            var rows = new Dictionary<int, Dictionary<string, byte[]>>();
            while (reader.Read())
            {
                var replication = reader.GetInt32(0);
                if (!rows.TryGetValue(replication, out var blobs)) rows[replication] = blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
                blobs[reader.GetString(1)] = (byte[])reader.GetValue(2);
            }
            var result = new Dictionary<int, ResidentOutcomes>();
            foreach (var (replication, blobs) in rows)
                if (blobs.TryGetValue(ResidentOutcomeRows.Reached, out var reached) && ResidentOutcomes.Metrics.All(blobs.ContainsKey))
                    result[replication] = ResidentOutcomes.FromBytes(reached, ResidentOutcomes.Metrics.Select(m => blobs[m]).ToList());
            return (IReadOnlyDictionary<int, ResidentOutcomes>)result;
        });
    }
}
