using DuckDB.NET.Data;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation.Dealflow;
using SegmentAI.Skills.Warehouses.Importing;

namespace SegmentAI.Skills.Tests.Warehouses.Importing;

/// <summary>
/// A small generated Dealflow warehouse (2,000 users, 14 days) and its events table exported by the generator to CSV
/// and to JSON lines; each test imports into a copy of the warehouse of its own.
/// </summary>
public sealed class DealflowExportFixture : IAsyncLifetime
{
    private readonly TempWarehouseDirectory _directory = new();
    private int _copies;

    public string WarehousePath => _directory.File("dealflow.duckdb");

    public string CsvPath => _directory.File("events.csv");

    public string JsonLinesPath => _directory.File("events.jsonl");

    /// <summary>Rows of the generated events table.</summary>
    public long EventCount { get; private set; }

    public async Task InitializeAsync()
    {
        await new DealflowGenerator().GenerateAsync(new WarehouseGenerationOptions(WarehousePath, 2_000, 7, new DateOnly(2026, 12, 1), 14));
        EventCount = await EventFileExport.WriteAsync(WarehousePath, "events", EventFileFormat.Csv, CsvPath);
        await EventFileExport.WriteAsync(WarehousePath, "events", EventFileFormat.JsonLines, JsonLinesPath);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A copy of the warehouse, its events table emptied unless <paramref name="keepEvents"/>.</summary>
    public string Copy(bool keepEvents = false)
    {
        var path = _directory.File($"copy-{Interlocked.Increment(ref _copies)}.duckdb");
        System.IO.File.Copy(WarehousePath, path);
        if (!keepEvents)
        {
            Execute(path, "DELETE FROM events");
        }

        return path;
    }

    /// <summary>A file of the test's own in the fixture's folder.</summary>
    public string File(string name, string content)
    {
        var path = _directory.File($"{Interlocked.Increment(ref _copies)}-{name}");
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public static void Execute(string warehouse, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
