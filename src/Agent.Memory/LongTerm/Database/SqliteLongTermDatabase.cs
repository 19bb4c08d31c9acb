using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>
/// Long-term memory in one SQLite file (usually in <c>--state-dir</c>), so it survives a restart without a server.
/// Write-ahead logging lets readers run beside a writer; writers take the write lock when they begin and wait
/// up to the command timeout for another writer (busy timeout) before the call fails as unavailable.
/// </summary>
public sealed class SqliteLongTermDatabase : LongTermDatabase
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int UniqueConstraint = 2067;

    private readonly string _connectionString;
    private readonly string _pragmas;
    private volatile bool _walEnabled;

    /// <summary>Uses the file at <paramref name="databaseFile"/>, creating it (and its folder) on first use.</summary>
    public SqliteLongTermDatabase(string databaseFile, TimeSpan? commandTimeout = null, ILoggerFactory? loggerFactory = null)
        : base(commandTimeout ?? LongTermMemoryOptions.DefaultCommandTimeout, loggerFactory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        DatabaseFile = Path.GetFullPath(databaseFile);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = CommandTimeoutSeconds,
        }.ToString();
        _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)CommandTimeout.TotalMilliseconds};");
    }

    /// <summary>Absolute path of the database file.</summary>
    public string DatabaseFile { get; }

    /// <inheritdoc />
    public override LongTermProvider Provider => LongTermProvider.Sqlite;

    /// <inheritdoc />
    public override string Description => $"SQLite file '{DatabaseFile}'";

    /// <inheritdoc />
    internal override string Dialect => "sqlite";

    /// <inheritdoc />
    internal override string MigrationTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            checksum   TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        ) STRICT
        """;

    /// <inheritdoc />
    internal override string ForUpdate => "";

    /// <inheritdoc />
    internal override string Json(string parameter) => parameter;

    /// <inheritdoc />
    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _pragmas, cancellationToken).ConfigureAwait(false);
            if (!_walEnabled)
            {
                // The journal mode is stored in the file, so one switch per process is enough.
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                _walEnabled = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    internal override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    /// <inheritdoc />
    internal override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <inheritdoc />
    internal override bool IsUnreachable(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is Busy or Locked or ReadOnly or IoError or Full or CannotOpen,
        TimeoutException or IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    /// <inheritdoc />
    internal override bool IsUniqueViolation(Exception exception, UniqueKey key) =>
        Find<SqliteException>(exception) is { SqliteExtendedErrorCode: UniqueConstraint } sqlite
        && sqlite.Message.Contains($"UNIQUE constraint failed: {string.Join(", ", key.Columns.Select(column => $"{key.Table}.{column}"))}", StringComparison.Ordinal);

    /// <inheritdoc />
    private protected override string Symptom(Exception cause) => Find<SqliteException>(cause)?.SqliteErrorCode switch
    {
        Busy or Locked => $"stayed locked by another writer for more than {CommandTimeout.TotalSeconds:0} s",
        ReadOnly => "is read-only",
        Full => "cannot grow (the disk is full)",
        CannotOpen => "cannot be opened",
        _ => $"cannot be used ({cause.Message})",
    };

    /// <inheritdoc />
    private protected override string Remedy(Exception cause) => Find<SqliteException>(cause)?.SqliteErrorCode switch
    {
        Busy or Locked => "Another process is probably using the same state directory: stop it, or give each process its own --state-dir.",
        Full => "Free disk space where the state directory is, then try again.",
        _ => "Check that the state directory (--state-dir) exists and is writable by this process, then try again.",
    };

    /// <inheritdoc />
    private protected override ValueTask DisposeConnectionsAsync()
    {
        // Pooled connections keep the file open; clearing the pool lets the folder be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
