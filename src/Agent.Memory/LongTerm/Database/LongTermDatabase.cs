using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>
/// The database long-term memory lives in, as the stores see it: connections, write transactions, the few SQL
/// fragments that differ between PostgreSQL and SQLite, and the translation of "cannot reach it" failures into
/// <see cref="MemoryUnavailableException"/>. Migrations run once, before the first command a store sends, so
/// stores work without a host (command-line tools, tests) as well as behind the start-up migration service.
/// </summary>
public abstract class LongTermDatabase : IAsyncDisposable
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    private protected LongTermDatabase(TimeSpan commandTimeout, ILoggerFactory? loggerFactory)
    {
        if (commandTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(commandTimeout), commandTimeout, "The long-term memory command timeout must be positive, e.g. 00:00:15.");
        }

        CommandTimeout = commandTimeout;
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>The kind of database.</summary>
    public abstract LongTermProvider Provider { get; }

    /// <summary>Which database this is, for messages ("PostgreSQL database 'segmentai' on db:5432"); never holds a password.</summary>
    public abstract string Description { get; }

    /// <summary>How long one command may take before the call fails as unavailable.</summary>
    public TimeSpan CommandTimeout { get; }

    /// <summary>Where the migration runner and the stores log.</summary>
    internal ILoggerFactory LoggerFactory { get; }

    /// <summary>Folder of this dialect's migration scripts (<c>postgres</c>, <c>sqlite</c>).</summary>
    internal abstract string Dialect { get; }

    /// <summary>DDL of the table recording applied migrations.</summary>
    internal abstract string MigrationTableSql { get; }

    /// <summary>Appended to a SELECT that reads rows the transaction is about to change.</summary>
    internal abstract string ForUpdate { get; }

    /// <summary>Whole seconds of <see cref="CommandTimeout"/>, as ADO.NET wants them.</summary>
    internal int CommandTimeoutSeconds => (int)Math.Ceiling(CommandTimeout.TotalSeconds);

    /// <summary>Opens the database named by <paramref name="options"/>.</summary>
    public static LongTermDatabase Open(LongTermMemoryOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            LongTermProvider.Postgres => new PostgresLongTermDatabase(
                options.ConnectionString ?? throw new ArgumentException("Long-term memory on PostgreSQL needs a connection string.", nameof(options)),
                options.CommandTimeout,
                loggerFactory),
            LongTermProvider.Sqlite => new SqliteLongTermDatabase(
                options.DatabaseFile ?? throw new ArgumentException("Long-term memory on SQLite needs a database file path.", nameof(options)),
                options.CommandTimeout,
                loggerFactory),
            _ => throw new ArgumentException($"Unknown long-term memory provider '{options.Provider}'; use Sqlite or Postgres.", nameof(options)),
        };
    }

    /// <summary>Applies pending migrations unless this instance already has; safe to call from many threads.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken = default)
    {
        if (_migrated)
        {
            return;
        }

        await _migrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await new MigrationRunner(this, LoggerFactory.CreateLogger<MigrationRunner>()).RunAsync(cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeConnectionsAsync().ConfigureAwait(false);
        _migrationGate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A time as the database stores it: UTC, whole microseconds (what both dialects keep exactly).</summary>
    internal static DateTimeOffset Stored(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    /// <summary>Reads a time column: PostgreSQL returns UTC date-times, SQLite the text <see cref="Time"/> wrote.</summary>
    internal static DateTimeOffset ReadTime(object value) => value switch
    {
        DateTimeOffset offset => offset.ToUniversalTime(),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidOperationException($"Unexpected time value of type {value?.GetType().Name ?? "null"} in long-term memory."),
    };

    /// <summary>Reads a date column.</summary>
    internal static DateOnly ReadDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected date value of type {value?.GetType().Name ?? "null"} in long-term memory."),
    };

    /// <summary>A time as a parameter value of this dialect.</summary>
    internal object Time(DateTimeOffset time)
    {
        var stored = Stored(time);
        return Provider == LongTermProvider.Sqlite ? stored.ToString(TimeFormat, CultureInfo.InvariantCulture) : stored;
    }

    /// <summary>A date as a parameter value of this dialect.</summary>
    internal object Date(DateOnly date) =>
        Provider == LongTermProvider.Sqlite ? date.ToString(DateFormat, CultureInfo.InvariantCulture) : date;

    /// <summary>A parameter reference that the database reads as JSON.</summary>
    internal abstract string Json(string parameter);

    /// <summary>A Dapper command with this database's timeout.</summary>
    internal CommandDefinition Command(string sql, object? parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, CommandTimeoutSeconds, cancellationToken: cancellationToken);

    /// <summary>Runs reads on one connection (after migrations), turning connection failures into <see cref="MemoryUnavailableException"/>.</summary>
    internal async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await read(connection).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsUnreachable(ex))
        {
            throw Unavailable(ex);
        }
        catch (DbException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failed(ex);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction that commits only if it completes: any exception rolls
    /// every statement back. Connection failures become <see cref="MemoryUnavailableException"/>.
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await write(connection, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsUnreachable(ex))
        {
            throw Unavailable(ex);
        }
        catch (DbException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failed(ex);
        }
    }

    /// <summary>The exception a store throws when <paramref name="cause"/> means the database cannot be used now.</summary>
    internal MemoryUnavailableException Unavailable(Exception cause) =>
        new(MemoryUnavailableException.LongTerm, $"Long-term memory is unavailable: the {Description} {Symptom(cause)}. {Remedy(cause)} Nothing was changed.", cause);

    /// <summary>
    /// The exception a store throws when the database was reached but failed a command: callers (and users) must
    /// not mistake it for a warehouse error, and the driver's text must not reach a chat reply.
    /// </summary>
    internal MemoryStoreException Failed(DbException cause) =>
        new(MemoryUnavailableException.LongTerm, $"Long-term memory failed a command: the {Description} answered: {cause.Message}", cause);

    /// <summary>Opens a connection ready for commands (pragmas set on SQLite).</summary>
    internal abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that may write; on SQLite it takes the write lock at once so it cannot deadlock on upgrade.</summary>
    internal abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes migration runs of every process on this database until the transaction ends.</summary>
    internal abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="exception"/> means the database cannot be reached or did not answer in time.</summary>
    internal abstract bool IsUnreachable(Exception exception);

    /// <summary>True when <paramref name="exception"/>, or the driver exception inside it, is a violation of <paramref name="key"/>.</summary>
    internal abstract bool IsUniqueViolation(Exception exception, UniqueKey key);

    /// <summary>What went wrong, completing "the {Description} ...".</summary>
    private protected abstract string Symptom(Exception cause);

    /// <summary>What the operator should do about it.</summary>
    private protected abstract string Remedy(Exception cause);

    /// <summary>Releases pooled connections.</summary>
    private protected abstract ValueTask DisposeConnectionsAsync();

    /// <summary>The first exception of <typeparamref name="T"/> in the chain of inner exceptions, or null.</summary>
    private protected static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}
