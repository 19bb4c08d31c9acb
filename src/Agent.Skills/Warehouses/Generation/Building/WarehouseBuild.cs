using System.Diagnostics;
using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses.Generation.Building;

/// <summary>
/// Runs a generator body against a staging file next to the target and moves it into place only on success,
/// so a crash or cancellation never leaves a half-written warehouse under the final name.
/// </summary>
internal static class WarehouseBuild
{
    public static async Task<WarehouseGenerationResult> RunAsync(
        string tenantId,
        string generatorVersion,
        WarehouseGenerationOptions options,
        Func<DuckDBConnection, CancellationToken, Task> write,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        var finalPath = Path.GetFullPath(options.OutputPath);
        var directory = Path.GetDirectoryName(finalPath)
            ?? throw new ArgumentException($"OutputPath '{options.OutputPath}' has no folder.", nameof(options));
        Directory.CreateDirectory(directory);
        var stagingPath = Path.Combine(directory, $".{Path.GetFileName(finalPath)}.{Guid.NewGuid():N}.tmp");
        var stopwatch = Stopwatch.StartNew();
        try
        {
            IReadOnlyDictionary<string, long> rowCounts;
            var builder = new DuckDBConnectionStringBuilder { DataSource = stagingPath };
            using (var connection = new DuckDBConnection(builder.ConnectionString))
            {
                connection.Open();
                DuckDb.Execute(connection, "CREATE SCHEMA truth");
                await Task.Run(() => write(connection, cancellationToken), cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                WarehouseInfoTable.Write(connection, tenantId, generatorVersion, options);
                rowCounts = DuckDb.CountRows(connection);
                DuckDb.Execute(connection, "CHECKPOINT");
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(stagingPath, finalPath, overwrite: true);
            return new WarehouseGenerationResult(tenantId, finalPath, rowCounts, stopwatch.Elapsed);
        }
        finally
        {
            DeleteIfPresent(stagingPath);
            DeleteIfPresent(stagingPath + ".wal");
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
