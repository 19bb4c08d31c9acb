using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Npgsql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// Imports an event export (CSV or JSON lines) into a tenant's event table through the tenant's event source mapping.
/// The file is streamed: read a buffer at a time, hashed while read, each row converted to the table's column types and
/// written in one transaction. Rows that cannot be read or converted are counted with their line and reason; when their
/// share is above the source's limit the transaction is rolled back and nothing is written. The content hash is recorded
/// in the same transaction, so importing the same bytes again writes nothing.
/// </summary>
public sealed class EventImporter(TimeProvider time)
{
    /// <summary>Bad-row reasons kept for the report; all bad rows are counted.</summary>
    public const int MaxReportedBadRows = 100;

    private const int ProgressEveryRows = 50_000;

    /// <summary>
    /// Imports a file. Its hash is computed first (a quick read), so a file imported before is answered without parsing
    /// or writing anything.
    /// </summary>
    public async Task<EventImportReport> ImportFileAsync(
        Warehouse warehouse, EventImportRequest request, string path, IProgress<EventImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        string hash;
        await using (var file = OpenFile(path))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
        }

        await using (var connection = await warehouse.OpenForWritingAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await ImportLedger.ExistsAsync(connection, cancellationToken).ConfigureAwait(false)
                && await ImportLedger.FindAsync(connection, null, hash, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                var format = request.Format == EventFileFormat.Auto ? FormatFromName(request.FileName ?? path) ?? EventFileFormat.Auto : request.Format;
                return AlreadyImported(request, format, hash, 0, 0, [], earlier, time.GetElapsedTime(started));
            }
        }

        await using var content = OpenFile(path);
        var named = request.FileName is null ? request with { FileName = Path.GetFileName(path) } : request;
        return await ImportAsync(warehouse, named, content, content.Length, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a stream (an upload) of <paramref name="length"/> bytes when known; it is read once, to its end.</summary>
    public async Task<EventImportReport> ImportAsync(
        Warehouse warehouse, EventImportRequest request, Stream content, long? length = null, IProgress<EventImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return await ImportStreamAsync(warehouse, request, content, length, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            // The database's own words may quote rows or internals; the person importing gets what to check, the
            // inner exception keeps the rest for the log.
            throw new EventImportException(
                $"the warehouse refused the rows (a constraint of table '{request.Events.Table}', such as a unique key, or a value one of its columns cannot hold); nothing was written", ex);
        }
    }

    /// <summary>The stream is in one transaction, so a database error anywhere leaves nothing written.</summary>
    private async Task<EventImportReport> ImportStreamAsync(
        Warehouse warehouse, EventImportRequest request, Stream content, long? length, IProgress<EventImportProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var source = request.Source;
        await using var hashing = new HashingReadStream(content);
        using var textReader = new StreamReader(hashing, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var text = new ImportText(textReader);
        var first = await text.PeekNonBlankAsync(cancellationToken).ConfigureAwait(false);
        var format = ResolveFormat(request, first);
        var fields = MappedFields(source);

        await using var connection = await warehouse.OpenForWritingAsync(cancellationToken).ConfigureAwait(false);
        var columns = await PlanColumnsAsync(connection, request, cancellationToken).ConfigureAwait(false);
        await ImportLedger.EnsureAsync(connection, cancellationToken).ConfigureAwait(false);

        IEventRowReader rows;
        JsonLinesEventReader? jsonReader = null;
        if (format == EventFileFormat.Csv)
        {
            rows = await CsvEventReader.OpenAsync(text, fields, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            rows = jsonReader = new JsonLinesEventReader(text, fields);
        }

        using var disposeJson = jsonReader;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long read = 0, written = 0, bad = 0;
        var reasons = new List<string>();
        await using (var writer = await OpenWriterAsync(connection, request.Events.Table, columns, cancellationToken).ConfigureAwait(false))
        {
            var row = new EventRawRow(fields.Count);
            var values = new object?[columns.Count];
            while (await rows.ReadAsync(row, cancellationToken).ConfigureAwait(false))
            {
                read++;
                if ((row.Error ?? ConvertRow(row, columns, values)) is { } error)
                {
                    bad++;
                    if (reasons.Count < MaxReportedBadRows)
                    {
                        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"line {row.Line}: {error}"));
                    }
                }
                else
                {
                    await writer.WriteAsync(values, cancellationToken).ConfigureAwait(false);
                    written++;
                }

                if (read % ProgressEveryRows == 0)
                {
                    progress?.Report(new EventImportProgress(hashing.BytesRead, length, read));
                }
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await text.DrainAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(new EventImportProgress(hashing.BytesRead, length, read));
        var hash = hashing.Finish();
        var report = new EventImportReport
        {
            Source = source.Name,
            Format = format,
            ContentHash = hash,
            RowsRead = read,
            RowsImported = 0,
            BadRows = bad,
            BadRowReasons = reasons,
            MaxBadRowShare = source.MaxBadRowShare,
            Elapsed = TimeSpan.Zero,
            Outcome = EventImportOutcome.Rejected,
            Summary = "",
        };

        if (read == 0 || (double)bad / read > source.MaxBadRowShare)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return report with
            {
                Elapsed = time.GetElapsedTime(started),
                Summary = read == 0
                    ? "rejected: the file holds no events; nothing was written"
                    : string.Create(CultureInfo.InvariantCulture, $"rejected: {bad:N0} of {read:N0} rows are bad ({report.BadRowShare:P2}), more than the {source.MaxBadRowShare:P2} event source '{source.Name}' allows; nothing was written"),
            };
        }

        if (await ImportLedger.FindAsync(connection, transaction, hash, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return AlreadyImported(request, format, hash, read, bad, reasons, earlier, time.GetElapsedTime(started));
        }

        await ImportLedger.RecordAsync(connection, transaction, hash, source.Name, request.FileName, written, bad, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return report with
        {
            RowsImported = written,
            Outcome = EventImportOutcome.Imported,
            Elapsed = time.GetElapsedTime(started),
            Summary = bad > 0
                ? string.Create(CultureInfo.InvariantCulture, $"imported {written:N0} rows into {request.Events.Table}; {bad:N0} bad rows skipped")
                : string.Create(CultureInfo.InvariantCulture, $"imported {written:N0} rows into {request.Events.Table}"),
        };
    }

    /// <summary>The format a file name's extension says, or null when it says none.</summary>
    public static EventFileFormat? FormatFromName(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".csv" => EventFileFormat.Csv,
            ".jsonl" or ".ndjson" or ".json" => EventFileFormat.JsonLines,
            _ => null,
        };

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EventImportException($"cannot read {path}: {ex.Message}", ex);
        }
    }

    private static EventFileFormat ResolveFormat(EventImportRequest request, char? first)
    {
        if (first == '[')
        {
            throw new EventImportException("the file is a JSON array; write one JSON object per line (JSON lines) so it can be read a line at a time");
        }

        var format = request.Format != EventFileFormat.Auto ? request.Format
            : FormatFromName(request.FileName) ?? (first == '{' ? EventFileFormat.JsonLines : EventFileFormat.Csv);
        if (format == EventFileFormat.JsonLines && first is not null and not '{')
        {
            throw new EventImportException($"the file starts with '{first}', not '{{'; JSON lines hold one JSON object per line");
        }

        return format;
    }

    private static List<string> MappedFields(EventSourceMapping source)
    {
        var fields = new List<string> { source.UserField, source.TimestampField, source.TypeField };
        if (source.SessionField is not null)
        {
            fields.Add(source.SessionField);
        }

        fields.AddRange(source.Properties.Select(p => p.Field));
        return fields;
    }

    /// <summary>Every column of the event table with the mapped field that fills it; a mapped column the table lacks refuses the import.</summary>
    private static async Task<IReadOnlyList<EventColumn>> PlanColumnsAsync(DbConnection connection, EventImportRequest request, CancellationToken cancellationToken)
    {
        var events = request.Events;
        var source = request.Source;
        var targets = new Dictionary<string, (int Field, string Label, bool Required)>(StringComparer.OrdinalIgnoreCase)
        {
            [events.UserColumn] = (0, "user id", true),
            [events.TimestampColumn] = (1, "timestamp", true),
            [events.TypeColumn] = (2, "event type", true),
        };
        var next = 3;
        if (source.SessionField is not null && events.SessionColumn is not null)
        {
            targets[events.SessionColumn] = (next++, "session id", false);
        }

        foreach (var property in source.Properties)
        {
            targets[property.Column] = (next++, property.Field, false);
        }

        var table = new List<(string Name, string Type)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position";
            var parameter = command.CreateParameter();
            parameter.Value = events.Table;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                table.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (table.Count == 0)
        {
            throw new EventImportException($"the warehouse has no table '{events.Table}' (behaviour.events.table) to import events into");
        }

        var missing = targets.Keys.Where(k => !table.Any(c => string.Equals(c.Name, k, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            throw new EventImportException($"table '{events.Table}' has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}, which event source '{source.Name}' fills; its columns are {string.Join(", ", table.Select(c => c.Name))}");
        }

        var columns = new List<EventColumn>(table.Count);
        foreach (var (name, type) in table)
        {
            var (field, label, required) = targets.TryGetValue(name, out var target) ? target : (-1, name, false);
            if (EventColumn.KindOf(type) is not { } kind)
            {
                if (field < 0)
                {
                    // A column no field fills is written as null whatever its type.
                    columns.Add(new EventColumn(name, EventColumnKind.Text, -1, label, Required: false));
                    continue;
                }

                throw new EventImportException($"column '{name}' of table '{events.Table}' has type {type}, which an import cannot fill");
            }

            columns.Add(new EventColumn(name, kind, field, label, required));
        }

        return columns;
    }

    private static async Task<IEventTableWriter> OpenWriterAsync(DbConnection connection, string table, IReadOnlyList<EventColumn> columns, CancellationToken cancellationToken) =>
        connection switch
        {
            DuckDBConnection duck => new DuckDbEventWriter(duck, table, columns),
            NpgsqlConnection postgres => await PostgresEventWriter.OpenAsync(postgres, table, columns, cancellationToken).ConfigureAwait(false),
            _ => throw new EventImportException($"importing into a {connection.GetType().Name} warehouse is not possible"),
        };

    /// <summary>Converts a row's texts into <paramref name="values"/> (table order); the first reason it cannot, or null.</summary>
    private static string? ConvertRow(EventRawRow row, IReadOnlyList<EventColumn> columns, object?[] values)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Field < 0)
            {
                values[i] = null;
                continue;
            }

            var (value, error) = column.Convert(row.Values[column.Field]);
            if (error is not null)
            {
                return error;
            }

            values[i] = value;
        }

        return null;
    }

    private static EventImportReport AlreadyImported(
        EventImportRequest request, EventFileFormat format, string hash, long read, long bad, IReadOnlyList<string> reasons, ImportLedger.Entry earlier, TimeSpan elapsed) =>
        new()
        {
            Source = request.Source.Name,
            Format = format,
            ContentHash = hash,
            RowsRead = read,
            RowsImported = 0,
            BadRows = bad,
            BadRowReasons = reasons,
            MaxBadRowShare = request.Source.MaxBadRowShare,
            Elapsed = elapsed,
            Outcome = EventImportOutcome.AlreadyImported,
            PreviouslyImportedAt = earlier.ImportedAt,
            Summary = string.Create(CultureInfo.InvariantCulture, $"already imported on {earlier.ImportedAt:yyyy-MM-dd HH:mm} UTC ({earlier.Rows:N0} rows); nothing was written"),
        };
}
