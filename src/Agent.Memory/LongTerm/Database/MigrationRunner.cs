using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>
/// Brings the long-term memory schema up to date: applies the pending embedded migrations in version order,
/// each in its own transaction together with its <c>schema_migrations</c> row. Every step holds a database-wide
/// lock (PostgreSQL advisory lock, SQLite write lock), so instances starting together apply each migration once;
/// running again is a no-op. An applied migration whose script changed stops start-up with a clear error.
/// </summary>
internal sealed partial class MigrationRunner
{
    private const string AppliedSql = "SELECT version AS Version, name AS Name, checksum AS Checksum FROM schema_migrations ORDER BY version";
    private const string RecordSql = "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @appliedAt)";

    private readonly LongTermDatabase _database;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates a runner for <paramref name="database"/>.</summary>
    public MigrationRunner(LongTermDatabase database, ILogger<MigrationRunner>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _logger = logger ?? NullLogger<MigrationRunner>.Instance;
        _time = time ?? TimeProvider.System;
        Migrations = MigrationScripts.For(database.Dialect);
    }

    /// <summary>The migrations this version ships for the database's dialect, in order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Applies what is pending; returns the versions this call applied (empty when the schema was current).</summary>
    public async Task<IReadOnlyList<int>> RunAsync(CancellationToken cancellationToken = default)
    {
        var applied = new List<int>();
        try
        {
            var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                while (await ApplyNextAsync(connection, cancellationToken).ConfigureAwait(false) is { } version)
                {
                    applied.Add(version);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && _database.IsUnreachable(ex))
        {
            throw _database.Unavailable(ex);
        }

        return applied;
    }

    // One transaction per migration: the lock, the check of what is applied (another instance may just have
    // applied it), the script and its record commit together or not at all.
    private async Task<int?> ApplyNextAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await _database.LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(_database.Command(_database.MigrationTableSql, null, transaction, cancellationToken)).ConfigureAwait(false);
            var recorded = (await connection.QueryAsync<AppliedRow>(_database.Command(AppliedSql, null, transaction, cancellationToken)).ConfigureAwait(false)).ToList();
            Verify(recorded);
            var next = Migrations.FirstOrDefault(m => recorded.TrueForAll(r => r.Version != m.Version));
            if (next is not null)
            {
                await connection.ExecuteAsync(_database.Command(next.Sql, null, transaction, cancellationToken)).ConfigureAwait(false);
                await connection.ExecuteAsync(_database.Command(
                    RecordSql,
                    new { version = next.Version, name = next.Name, checksum = next.Checksum, appliedAt = _database.Time(_time.GetUtcNow()) },
                    transaction,
                    cancellationToken)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (next is not null)
            {
                LogApplied(_logger, next.Version, next.Name, _database.Description);
            }

            return next?.Version;
        }
    }

    private void Verify(List<AppliedRow> recorded)
    {
        foreach (var row in recorded)
        {
            var shipped = Migrations.FirstOrDefault(m => m.Version == row.Version);
            if (shipped is null)
            {
                throw new LongTermSchemaException(
                    $"The {_database.Description} has migration {row.Version:D4} ({row.Name}), which this version of SegmentAI does not know: " +
                    "it was migrated by a newer version. Run that version (or newer), or point this one at another database.");
            }

            if (!string.Equals(shipped.Checksum, row.Checksum, StringComparison.Ordinal))
            {
                throw new LongTermSchemaException(
                    $"Migration {row.Version:D4} ({row.Name}) was changed after it was applied to the {_database.Description} " +
                    $"(applied checksum {Short(row.Checksum)}, script now {Short(shipped.Checksum)}). Applied migrations must not change: " +
                    "restore the original script and put the change in a new migration.");
            }
        }
    }

    private static string Short(string checksum) => checksum.Length > 12 ? $"{checksum[..12]}…" : checksum;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied long-term memory migration {Version} ({Name}) to the {Database}")]
    private static partial void LogApplied(ILogger logger, int version, string name, string database);

    private sealed class AppliedRow
    {
        public int Version { get; init; }

        public string Name { get; init; } = "";

        public string Checksum { get; init; } = "";
    }
}
