using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Loading;

namespace SegmentAI.Integration.Tests.Warehouses;

public sealed class PostgresWarehouseLoaderTests : IAsyncLifetime
{
    private const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=segmentai;Password=segmentai;Database=segmentai_test";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "segmentai-pg-" + Guid.NewGuid().ToString("N"));
    private readonly string _schema = "wh_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _connectionString =
        Environment.GetEnvironmentVariable("SEGMENTAI_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    private string WarehousePath => Path.Combine(_directory, "acme.duckdb");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        await new SegmentAI.Skills.Warehouses.Generation.AcmeRetail.AcmeRetailGenerator()
            .GenerateAsync(new WarehouseGenerationOptions(WarehousePath, 300, 21, new DateOnly(2025, 6, 1), 180));
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The test itself already failed with the connection error; nothing was created to clean up.
        }
    }

    [Fact]
    public async Task Loads_every_table_with_matching_row_counts_and_aggregates()
    {
        await using var postgres = await OpenPostgresAsync();

        await new PostgresWarehouseLoader().LoadAsync(WarehousePath, _connectionString, _schema);

        await using (var searchPath = new NpgsqlCommand($"SET search_path TO \"{_schema}\"", postgres))
        {
            await searchPath.ExecuteNonQueryAsync();
        }

        foreach (var table in new[] { "customers", "orders", "order_items", "email_events", "email_campaigns", "web_events", "returns", "_warehouse_info" })
        {
            Assert.Equal(DuckScalar($"SELECT COUNT(*) FROM {table}"), await PostgresScalarAsync(postgres, $"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(DuckScalar("SELECT SUM(total_amount) FROM orders"), await PostgresScalarAsync(postgres, "SELECT SUM(total_amount) FROM orders"));
        Assert.Equal(DuckScalar("SELECT COUNT(DISTINCT department) FROM order_items"), await PostgresScalarAsync(postgres, "SELECT COUNT(DISTINCT department) FROM order_items"));
        Assert.Equal(DuckScalar("SELECT MAX(order_ts) FROM orders"), await PostgresScalarAsync(postgres, "SELECT MAX(order_ts) FROM orders"));
        Assert.Equal(DuckScalar("SELECT COUNT(*) FROM orders WHERE store_state IS NULL"), await PostgresScalarAsync(postgres, "SELECT COUNT(*) FROM orders WHERE store_state IS NULL"));
        Assert.Equal("timestamp without time zone", await PostgresScalarAsync(postgres, ColumnType("orders", "order_ts")));
        Assert.Equal("numeric(10,2)", await PostgresScalarAsync(postgres, ColumnType("orders", "total_amount")));
        Assert.Empty(await PostgresScalarAsync(postgres, $"SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = '{_schema}' AND table_name LIKE '%persona%'") ?? string.Empty);
    }

    [Fact]
    public async Task Reloading_replaces_the_schema()
    {
        await using var postgres = await OpenPostgresAsync();
        var loader = new PostgresWarehouseLoader();

        await loader.LoadAsync(WarehousePath, _connectionString, _schema);
        await loader.LoadAsync(WarehousePath, _connectionString, _schema);

        Assert.Equal(DuckScalar("SELECT COUNT(*) FROM orders"), await PostgresScalarAsync(postgres, $"SELECT COUNT(*) FROM \"{_schema}\".orders"));
    }

    private static string ColumnType(string table, string column) =>
        $"SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = to_regclass('{table}') AND a.attname = '{column}'";

    private async Task<NpgsqlConnection> OpenPostgresAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            Assert.Fail($"PostgreSQL is unreachable ({ex.Message}). Start it or set SEGMENTAI_TEST_POSTGRES (default: {DefaultConnectionString}).");
            throw;
        }
    }

    private string? DuckScalar(string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={WarehousePath};access_mode=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Normalize(command.ExecuteScalar());
    }

    private static async Task<string?> PostgresScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Normalize(await command.ExecuteScalarAsync());
    }

    private static string? Normalize(object? value) => value switch
    {
        null or DBNull => null,
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        IConvertible c => c.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
