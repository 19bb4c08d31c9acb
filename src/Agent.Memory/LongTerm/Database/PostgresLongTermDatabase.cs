using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>Long-term memory on a PostgreSQL server, through one pooled Npgsql data source.</summary>
public sealed class PostgresLongTermDatabase : LongTermDatabase
{
    // Two-key advisory lock: a constant for "SegmentAI migrations" and the schema, so instances sharing a
    // schema take turns while separate schemas (one per test class, say) migrate independently.
    private const int MigrationLockClass = 0x5E6A1;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects to the server named by <paramref name="connectionString"/> (nothing is sent until first use).</summary>
    public PostgresLongTermDatabase(string connectionString, TimeSpan? commandTimeout = null, ILoggerFactory? loggerFactory = null)
        : base(commandTimeout ?? LongTermMemoryOptions.DefaultCommandTimeout, loggerFactory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The long-term memory PostgreSQL connection string is not valid: {ex.Message}", nameof(connectionString), ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("The long-term memory PostgreSQL connection string names no Host.", nameof(connectionString));
        }

        builder.CommandTimeout = CommandTimeoutSeconds;

        // The stores keep no session state between calls (locks are per transaction), so a pooled connection
        // need not be reset with DISCARD ALL; that saves work on every call.
        builder.NoResetOnClose = true;
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username : builder.Database;
        Description = string.Create(CultureInfo.InvariantCulture, $"PostgreSQL database '{database}' on {builder.Host}:{builder.Port}");
        var dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString);
        if (loggerFactory is not null)
        {
            dataSource.UseLoggerFactory(loggerFactory);
        }

        _dataSource = dataSource.Build();
    }

    /// <inheritdoc />
    public override LongTermProvider Provider => LongTermProvider.Postgres;

    /// <inheritdoc />
    public override string Description { get; }

    /// <inheritdoc />
    internal override string Dialect => "postgres";

    /// <inheritdoc />
    internal override string MigrationTableSql => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer     NOT NULL PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL
        )
        """;

    /// <inheritdoc />
    internal override string ForUpdate => " FOR UPDATE";

    /// <inheritdoc />
    internal override string Json(string parameter) => $"CAST({parameter} AS jsonb)";

    /// <inheritdoc />
    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    internal override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    internal override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var schema = await connection.ExecuteScalarAsync<string?>(Command("SELECT current_schema()", null, transaction, cancellationToken)).ConfigureAwait(false);
        if (schema is null)
        {
            throw new LongTermSchemaException(
                $"The {Description} has no schema to create long-term memory tables in: the connection string's Search Path names no existing schema. " +
                "Create the schema first (CREATE SCHEMA ...) or remove Search Path to use 'public'.");
        }

        await connection.ExecuteAsync(Command(
            "SELECT pg_advisory_xact_lock(@lockClass, hashtext(@schema))",
            new { lockClass = MigrationLockClass, schema },
            transaction,
            cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    internal override bool IsUnreachable(Exception exception) => exception switch
    {
        PostgresException postgres => IsUnreachableState(postgres.SqlState),
        NpgsqlException => true,
        SocketException or TimeoutException => true,
        _ => false,
    };

    /// <inheritdoc />
    internal override bool IsUniqueViolation(Exception exception, UniqueKey key) =>
        Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.ConstraintName == key.Index;

    /// <inheritdoc />
    private protected override string Symptom(Exception cause)
    {
        if (Find<PostgresException>(cause) is { } postgres)
        {
            return postgres.SqlState switch
            {
                PostgresErrorCodes.InvalidCatalogName => "does not exist",
                var state when state.StartsWith("28", StringComparison.Ordinal) => $"refused the login ({postgres.MessageText})",
                PostgresErrorCodes.QueryCanceled => $"did not finish a command within {CommandTimeout.TotalSeconds:0} s",
                _ => $"is not accepting work ({postgres.MessageText})",
            };
        }

        if (Find<TimeoutException>(cause) is not null)
        {
            return "did not answer in time";
        }

        return Find<SocketException>(cause) is { } socket
            ? socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "refused the connection (no server is listening there)",
                SocketError.HostNotFound or SocketError.NoData => "could not be found (unknown host name)",
                _ => $"could not be reached ({socket.Message})",
            }
            : $"could not be reached ({cause.Message})";
    }

    /// <inheritdoc />
    private protected override string Remedy(Exception cause) => Find<PostgresException>(cause)?.SqlState switch
    {
        PostgresErrorCodes.InvalidCatalogName => "Create the database, or fix the database name in the long-term memory connection string.",
        { } state when state.StartsWith("28", StringComparison.Ordinal) => "Fix the user name and password in the long-term memory connection string.",
        _ => "Check that the PostgreSQL server is running and that the long-term memory connection string points at it, then try again.",
    };

    /// <inheritdoc />
    private protected override ValueTask DisposeConnectionsAsync() => _dataSource.DisposeAsync();

    // Connection failures, shutdowns, too many connections, failed logins, a missing database and statement
    // timeouts mean "cannot use the server now"; every other server error is a bug or bad data and surfaces as is.
    private static bool IsUnreachableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("28", StringComparison.Ordinal)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.QueryCanceled;
}
