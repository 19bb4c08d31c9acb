using System.Data.Common;
using System.Globalization;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// The warehouse's record of imported files (<c>segmentai_imports</c>), keyed by the SHA-256 of their content: the row
/// is written in the transaction that writes the events, so a file is recorded exactly when its rows are in.
/// </summary>
internal static class ImportLedger
{
    public const string Table = "segmentai_imports";

    /// <summary>An earlier import of the same content.</summary>
    public sealed record Entry(DateTimeOffset ImportedAt, long Rows);

    public static async Task EnsureAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE IF NOT EXISTS {Table}(
                content_hash VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, file_name VARCHAR,
                row_count BIGINT NOT NULL, bad_row_count BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL)
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The earlier import of <paramref name="contentHash"/>, or null (also when no file was ever imported).</summary>
    public static async Task<Entry?> FindAsync(DbConnection connection, DbTransaction? transaction, string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT imported_at, row_count FROM {Table} WHERE content_hash = $1";
        Add(command, contentHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var at = DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc);
        return new Entry(new DateTimeOffset(at), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    public static async Task RecordAsync(
        DbConnection connection, DbTransaction transaction, string contentHash, string source, string? fileName, long rows, long badRows, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Table}(content_hash, source, file_name, row_count, bad_row_count, imported_at) VALUES ($1, $2, $3, $4, $5, $6)";
        Add(command, contentHash);
        Add(command, source);
        Add(command, fileName);
        Add(command, rows);
        Add(command, badRows);
        Add(command, DateTime.SpecifyKind(at.UtcDateTime, DateTimeKind.Unspecified));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the warehouse has the ledger table (a warehouse nothing was imported into has not).</summary>
    public static async Task<bool> ExistsAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = $1 AND table_schema = current_schema()";
        Add(command, Table);
        var count = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(count, CultureInfo.InvariantCulture) > 0;
    }

    // Unnamed parameters bind to $1, $2, ... in order, in DuckDB and in PostgreSQL alike.
    private static void Add(DbCommand command, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
