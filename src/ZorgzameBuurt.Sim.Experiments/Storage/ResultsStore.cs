using System.Security;
using Microsoft.Data.Sqlite;

namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>
/// Experiment results in one embedded SQLite database, <c>results.db</c>, in an output directory (WAL journal,
/// synchronous=FULL). Each run is written in a single transaction, so an interrupted command never leaves half a
/// run and never loses a finished one; beginning an experiment with an existing key resumes it.
/// <see cref="Save"/> may be called from several threads (writes are serialised); reads use their own connections.
/// Schema: docs/experiments.md.
/// </summary>
public sealed partial class ResultsStore : IDisposable
{
    public const string FileName = "results.db";

    private readonly object _writeLock = new();
    private readonly SqliteConnection _writer;
    private readonly string _connectionString;
    private bool _disposed;

    private ResultsStore(string directory, string databasePath, string connectionString, SqliteConnection writer)
    {
        Directory = directory;
        DatabasePath = databasePath;
        _connectionString = connectionString;
        _writer = writer;
    }

    /// <summary>The output directory.</summary>
    public string Directory { get; }

    /// <summary>Full path of results.db.</summary>
    public string DatabasePath { get; }

    /// <summary>Test seam: called at each stage of a save, inside its transaction ("run", "end", "series").</summary>
    internal Action<string>? SaveStageHook { get; set; }

    /// <summary>
    /// Opens (creating if needed) the store in <paramref name="outDir"/>, creating the directory too.
    /// Throws <see cref="ResultsStoreException"/> naming the path and the reason when that is impossible.
    /// </summary>
    public static ResultsStore Open(string outDir)
    {
        if (string.IsNullOrWhiteSpace(outDir)) throw new ResultsStoreException("No results directory was given.");
        string directory;
        try
        {
            directory = Path.GetFullPath(outDir);
            System.IO.Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
        {
            throw new ResultsStoreException($"Cannot create results directory '{outDir}': {e.Message}", e);
        }

        var path = Path.Combine(directory, FileName);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();

        SqliteConnection? writer = null;
        try
        {
            writer = new SqliteConnection(cs);
            writer.Open();
            Configure(writer);
            Execute(writer, "PRAGMA journal_mode = WAL;");
            CreateSchema(writer, path);
            return new ResultsStore(directory, path, cs, writer);
        }
        catch (SqliteException e)
        {
            writer?.Dispose();
            throw new ResultsStoreException($"Cannot open results database '{path}': {Reason(e)}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer?.Dispose();
            throw new ResultsStoreException($"Cannot open results database '{path}': {e.Message}", e);
        }
        catch
        {
            writer?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed) return;
            _disposed = true;
            _writer.Dispose();
        }
    }

    private static void Configure(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;");
    }

    private static void CreateSchema(SqliteConnection connection, string path)
    {
        using var tx = connection.BeginTransaction();
        using (var version = connection.CreateCommand())
        {
            version.Transaction = tx;
            version.CommandText = "PRAGMA user_version;";
            var found = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (found > Schema.Version)
                throw new ResultsStoreException($"Results database '{path}' has schema version {found}; this program understands up to {Schema.Version}. Use a newer version or another output directory.");
        }
        using (var create = connection.CreateCommand())
        {
            create.Transaction = tx;
            create.CommandText = Schema.Create + $"PRAGMA user_version = {Schema.Version};";
            create.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private SqliteConnection OpenReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Configure(connection);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new ResultsStoreException($"Cannot read results database '{DatabasePath}': {Reason(e)}", e);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Reason(SqliteException e) => e.SqliteErrorCode switch
    {
        14 => "the file cannot be created or opened (is the directory writable?)",
        8 => "the database is read-only",
        26 => "the file exists but is not a SQLite database",
        11 => "the database file is corrupt",
        13 => "the disk is full",
        5 or 6 => "the database is locked by another process",
        _ => e.Message,
    };
}
