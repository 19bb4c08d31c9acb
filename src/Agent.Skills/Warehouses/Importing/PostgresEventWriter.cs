using Npgsql;
using NpgsqlTypes;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>Writes event rows to PostgreSQL with binary COPY, inside the connection's open transaction.</summary>
internal sealed class PostgresEventWriter : IEventTableWriter
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly IReadOnlyList<EventColumn> _columns;

    private PostgresEventWriter(NpgsqlBinaryImporter importer, IReadOnlyList<EventColumn> columns)
    {
        _importer = importer;
        _columns = columns;
    }

    public static async Task<PostgresEventWriter> OpenAsync(NpgsqlConnection connection, string table, IReadOnlyList<EventColumn> columns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var names = string.Join(", ", columns.Select(c => DuckDb.Quote(c.Name)));
        var importer = await connection.BeginBinaryImportAsync($"COPY {DuckDb.Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        return new PostgresEventWriter(importer, columns);
    }

    public async ValueTask WriteAsync(object?[] row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        await _importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is { } value)
            {
                await _importer.WriteAsync(value, TypeOf(_columns[i].Kind), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default) =>
        await _importer.CompleteAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _importer.DisposeAsync();

    private static NpgsqlDbType TypeOf(EventColumnKind kind) => kind switch
    {
        EventColumnKind.Text => NpgsqlDbType.Text,
        EventColumnKind.BigInt => NpgsqlDbType.Bigint,
        EventColumnKind.Integer => NpgsqlDbType.Integer,
        EventColumnKind.SmallInt => NpgsqlDbType.Smallint,
        EventColumnKind.Double => NpgsqlDbType.Double,
        EventColumnKind.Decimal => NpgsqlDbType.Numeric,
        EventColumnKind.Boolean => NpgsqlDbType.Boolean,
        EventColumnKind.Timestamp => NpgsqlDbType.Timestamp,
        EventColumnKind.TimestampWithZone => NpgsqlDbType.TimestampTz,
        EventColumnKind.Date => NpgsqlDbType.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no PostgreSQL type for this column kind"),
    };
}
