using System.Globalization;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Warehouses.Importing;

/// <summary>
/// Writes a table of a DuckDB warehouse to a CSV (with a header row) or JSON lines file, the shapes an import reads,
/// so a generated warehouse gives real export files to import. DuckDB streams the rows to the file itself.
/// </summary>
public static class EventFileExport
{
    /// <summary>Writes <paramref name="table"/> of <paramref name="warehousePath"/> to <paramref name="outputPath"/>; returns the rows written.</summary>
    public static async Task<long> WriteAsync(string warehousePath, string table, EventFileFormat format, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(warehousePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (!SqlIdentifier.IsValid(table))
        {
            throw new EventImportException($"'{table}' is not a plain table name");
        }

        if (format == EventFileFormat.Auto)
        {
            throw new EventImportException("say which format to export: csv or jsonl");
        }

        if (!File.Exists(warehousePath))
        {
            throw new WarehouseUnavailableException($"warehouse file '{warehousePath}' does not exist");
        }

        var full = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var connection = DuckDb.OpenReadOnly(warehousePath);
        if (!DuckDb.Tables(connection, "main").Any(t => string.Equals(t.Table, table, StringComparison.Ordinal)))
        {
            throw new EventImportException($"the warehouse has no table '{table}'");
        }

        var options = format == EventFileFormat.Csv ? "FORMAT csv, HEADER true" : "FORMAT json";
        await using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT * FROM {DuckDb.Quote(table)}) TO '{full.Replace("'", "''", StringComparison.Ordinal)}' ({options})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = $"SELECT COUNT(*) FROM {DuckDb.Quote(table)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
