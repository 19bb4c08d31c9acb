using DuckDB.NET.Data;
using Npgsql;
using NpgsqlTypes;

namespace SegmentAI.Skills.Warehouses.Loading;

/// <summary>
/// Copies the main schema of a DuckDB warehouse into a PostgreSQL schema so segment SQL can run there with
/// unqualified table names via search_path. The schema is dropped and recreated; schema, tables and rows are
/// committed in one transaction, so readers see either the old schema or the complete new one.
/// </summary>
public sealed class PostgresWarehouseLoader
{
    /// <summary>(Re)creates <paramref name="schema"/> and bulk-loads every main-schema table of the DuckDB file.</summary>
    /// <param name="duckDbPath">Path of an existing DuckDB warehouse; opened read-only.</param>
    /// <param name="npgsqlConnectionString">Npgsql connection string of the target database.</param>
    /// <param name="schema">Target schema name; replaced if it exists.</param>
    /// <param name="cancellationToken">Cancels the load; the transaction is rolled back.</param>
    public async Task LoadAsync(string duckDbPath, string npgsqlConnectionString, string schema, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(duckDbPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(npgsqlConnectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);

        using var duck = DuckDb.OpenReadOnly(duckDbPath);
        var tables = DuckDb.Tables(duck, "main")
            .Select(t => (t.Table, Columns: DuckDb.Columns(duck, "main", t.Table)
                .Select(c => (c.Name, Type: PostgresColumnType.From(c.Type)))
                .ToArray()))
            .ToArray();

        await using var postgres = new NpgsqlConnection(npgsqlConnectionString);
        await postgres.OpenAsync(cancellationToken).ConfigureAwait(false);
        var quotedSchema = DuckDb.Quote(schema);
        await using (var transaction = await postgres.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync(postgres, $"DROP SCHEMA IF EXISTS {quotedSchema} CASCADE; CREATE SCHEMA {quotedSchema};", cancellationToken).ConfigureAwait(false);
            foreach (var (table, columns) in tables)
            {
                var target = $"{quotedSchema}.{DuckDb.Quote(table)}";
                var definitions = string.Join(", ", columns.Select(c => $"{DuckDb.Quote(c.Name)} {c.Type.PostgresType}"));
                await ExecuteAsync(postgres, $"CREATE TABLE {target} ({definitions})", cancellationToken).ConfigureAwait(false);
                await CopyAsync(duck, postgres, table, target, columns.Select(c => c.Type).ToArray(), columns.Select(c => c.Name), cancellationToken)
                    .ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (table, _) in tables)
        {
            await ExecuteAsync(postgres, $"ANALYZE {quotedSchema}.{DuckDb.Quote(table)}", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task CopyAsync(
        DuckDBConnection duck,
        NpgsqlConnection postgres,
        string table,
        string target,
        PostgresColumnType[] types,
        IEnumerable<string> columnNames,
        CancellationToken cancellationToken)
    {
        var columnList = string.Join(", ", columnNames.Select(DuckDb.Quote));
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT {columnList} FROM main.{DuckDb.Quote(table)}";
        using var reader = command.ExecuteReader();
        await using var importer = await postgres
            .BeginBinaryImportAsync($"COPY {target} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        while (reader.Read())
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < types.Length; i++)
            {
                await WriteValueAsync(importer, reader, i, types[i], cancellationToken).ConfigureAwait(false);
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteValueAsync(NpgsqlBinaryImporter importer, DuckDBDataReader reader, int ordinal, PostgresColumnType type, CancellationToken cancellationToken)
    {
        if (reader.IsDBNull(ordinal))
        {
            return importer.WriteNullAsync(cancellationToken);
        }

        return type.NpgsqlType switch
        {
            NpgsqlDbType.Bigint => importer.WriteAsync(Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Integer => importer.WriteAsync(Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Smallint => importer.WriteAsync(Convert.ToInt16(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Numeric => importer.WriteAsync(Convert.ToDecimal(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Text => importer.WriteAsync(reader.GetString(ordinal), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Date => importer.WriteAsync(reader.GetFieldValue<DateOnly>(ordinal), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Timestamp => importer.WriteAsync(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Unspecified), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Double => importer.WriteAsync(reader.GetDouble(ordinal), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Real => importer.WriteAsync(reader.GetFloat(ordinal), type.NpgsqlType, cancellationToken),
            NpgsqlDbType.Boolean => importer.WriteAsync(reader.GetBoolean(ordinal), type.NpgsqlType, cancellationToken),
            _ => throw new NotSupportedException($"No binary COPY writer for {type.DuckDbType}."),
        };
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
