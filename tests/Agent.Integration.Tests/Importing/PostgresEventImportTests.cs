using System.Globalization;
using Npgsql;
using SegmentAI.Integration.Tests.Servers;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;
using SegmentAI.Skills.Warehouses.Importing;
using SegmentAI.Skills.Warehouses.Loading;

namespace SegmentAI.Integration.Tests.Importing;

/// <summary>
/// The generator's events export imported into a PostgreSQL copy of the warehouse whose events table was emptied:
/// binary COPY in one transaction, the same rows as the generated table, nothing written for a rejected file, and a
/// second import of the same file writing nothing.
/// </summary>
public sealed class PostgresEventImportTests : IAsyncLifetime
{
    private const string Header = "event_id,user_id,session_id,event_ts,event_type,deal_id";

    private readonly string _folder = Directory.CreateTempSubdirectory("postgres-import-").FullName;
    private readonly string _schema = $"imports_{Guid.NewGuid():N}"[..24];
    private readonly Tenant _tenant = TenantDirectory.Load(RepositoryLayout.Discover().Tenants).Get("dealflow");
    private Warehouse _postgres = null!;
    private long _exported;

    private string Csv => Path.Combine(_folder, "events.csv");

    private string JsonLines => Path.Combine(_folder, "events.jsonl");

    private string DuckDbFile => Path.Combine(_folder, "dealflow.duckdb");

    public async Task InitializeAsync()
    {
        await TestPostgres.EnsureReachableAsync();
        await WarehouseGenerators.Get("dealflow").GenerateAsync(new WarehouseGenerationOptions(DuckDbFile, 500, 11, new DateOnly(2026, 11, 22), 10));
        _exported = await EventFileExport.WriteAsync(DuckDbFile, "events", EventFileFormat.Csv, Csv);
        await EventFileExport.WriteAsync(DuckDbFile, "events", EventFileFormat.JsonLines, JsonLines);
        await new PostgresWarehouseLoader().LoadAsync(DuckDbFile, TestPostgres.ConnectionString, _schema);
        await ExecuteAsync($"TRUNCATE {_schema}.events");
        _postgres = Warehouse.Postgres(TestPostgres.ConnectionString, _schema);
    }

    [Fact]
    public async Task A_csv_export_fills_the_emptied_postgres_table_with_the_generated_rows_once()
    {
        var importer = new EventImporter(TimeProvider.System);

        var first = await importer.ImportFileAsync(_postgres, EventImportRequest.For(_tenant, null), Csv);
        var again = await importer.ImportFileAsync(_postgres, EventImportRequest.For(_tenant, null), Csv);

        Assert.Equal((EventImportOutcome.Imported, _exported, 0L), (first.Outcome, first.RowsImported, first.BadRows));
        Assert.Equal((EventImportOutcome.AlreadyImported, 0L), (again.Outcome, again.RowsImported));
        Assert.Equal(await DuckDbFingerprintAsync(), await PostgresFingerprintAsync());
    }

    [Fact]
    public async Task A_json_lines_upload_fills_the_emptied_postgres_table_with_the_generated_rows()
    {
        await using var upload = File.OpenRead(JsonLines);

        var report = await new EventImporter(TimeProvider.System).ImportAsync(_postgres, EventImportRequest.For(_tenant, null, EventFileFormat.JsonLines), upload);

        Assert.Equal((EventImportOutcome.Imported, _exported), (report.Outcome, report.RowsImported));
        Assert.Equal(await DuckDbFingerprintAsync(), await PostgresFingerprintAsync());
    }

    [Fact]
    public async Task A_rejected_file_writes_nothing_to_postgres()
    {
        var bad = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(bad, $"{Header}\n1,7,s1,2026-11-20 10:00:00,login,\n2,7,s1,someday,login,\n");

        var report = await new EventImporter(TimeProvider.System).ImportFileAsync(_postgres, EventImportRequest.For(_tenant, null), bad);

        Assert.Equal(EventImportOutcome.Rejected, report.Outcome);
        Assert.Equal(["line 3: timestamp 'someday' is not a date and time (ISO 8601, e.g. 2026-11-30T14:05:00Z)"], report.BadRowReasons);
        Assert.Equal("0", await PostgresScalarAsync($"SELECT COUNT(*) FROM {_schema}.events"));
        Assert.Equal("0", await PostgresScalarAsync($"SELECT COUNT(*) FROM {_schema}.segmentai_imports"));
    }

    public async Task DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> DuckDbFingerprintAsync()
    {
        await using var connection = await Warehouse.DuckDb(DuckDbFile).OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT concat_ws('|', COUNT(*), SUM(event_id), SUM(user_id), SUM(deal_id), strftime(MIN(event_ts), '%Y-%m-%d %H:%M:%S'), strftime(MAX(event_ts), '%Y-%m-%d %H:%M:%S'), COUNT(DISTINCT session_id), COUNT(DISTINCT event_type)) FROM events";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    private Task<string> PostgresFingerprintAsync() => PostgresScalarAsync(
        $"SELECT concat_ws('|', COUNT(*), SUM(event_id), SUM(user_id), SUM(deal_id), to_char(MIN(event_ts), 'YYYY-MM-DD HH24:MI:SS'), to_char(MAX(event_ts), 'YYYY-MM-DD HH24:MI:SS'), COUNT(DISTINCT session_id), COUNT(DISTINCT event_type)) FROM {_schema}.events");

    private static async Task<string> PostgresScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
