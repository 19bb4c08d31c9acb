using Npgsql;
using SegmentAI.Integration.Tests.Servers;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;
using SegmentAI.Skills.Warehouses.Loading;

namespace SegmentAI.Integration.Tests.Differential;

/// <summary>
/// One generated acme-retail warehouse in DuckDB and the same rows loaded into a fresh PostgreSQL schema.
/// </summary>
public sealed class AcmeWarehouses : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    private readonly string _folder = Directory.CreateTempSubdirectory("differential-").FullName;
    private readonly string _schema = $"diff_{Guid.NewGuid():N}"[..20];

    public Tenant Tenant { get; } = TenantDirectory.Load(RepositoryLayout.Discover().Tenants).Get("acme-retail");

    public Warehouse DuckDb { get; private set; } = null!;

    public Warehouse Postgres { get; private set; } = null!;

    public string PostgresSchema => _schema;

    public async Task InitializeAsync()
    {
        await TestPostgres.EnsureReachableAsync();
        var file = Path.Combine(_folder, "acme.duckdb");
        var generator = WarehouseGenerators.Get("acme-retail");
        await generator.GenerateAsync(new WarehouseGenerationOptions(file, Size: 3_000, Seed: 7, AsOf, HistoryDays: 730));
        await new PostgresWarehouseLoader().LoadAsync(file, TestPostgres.ConnectionString, _schema);
        DuckDb = Warehouse.DuckDb(file);
        Postgres = Warehouse.Postgres(TestPostgres.ConnectionString, _schema);
    }

    public async Task DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(TestPostgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
