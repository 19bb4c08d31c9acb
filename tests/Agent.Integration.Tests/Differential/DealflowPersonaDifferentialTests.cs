using Npgsql;
using SegmentAI.Integration.Tests.Servers;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;
using SegmentAI.Skills.Warehouses.Loading;

namespace SegmentAI.Integration.Tests.Differential;

/// <summary>
/// The persona analysis reads the warehouse with one feature query; the same generated rows in DuckDB and in a
/// PostgreSQL schema must give the same personas, sizes, drop-off counts, and clustering and descriptive traits.
/// </summary>
public sealed class DealflowPersonaDifferentialTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    private readonly string _folder = Directory.CreateTempSubdirectory("persona-differential-").FullName;
    private readonly string _schema = $"personas_{Guid.NewGuid():N}"[..24];
    private readonly Tenant _tenant = TenantDirectory.Load(RepositoryLayout.Discover().Tenants).Get("dealflow");
    private Warehouse _duckDb = null!;
    private Warehouse _postgres = null!;

    public async Task InitializeAsync()
    {
        await TestPostgres.EnsureReachableAsync();
        var file = Path.Combine(_folder, "dealflow.duckdb");
        var generator = WarehouseGenerators.Get("dealflow");
        await generator.GenerateAsync(new WarehouseGenerationOptions(file, generator.DefaultSize, 21, AsOf, generator.DefaultHistoryDays));
        await new PostgresWarehouseLoader().LoadAsync(file, TestPostgres.ConnectionString, _schema);
        _duckDb = Warehouse.DuckDb(file);
        _postgres = Warehouse.Postgres(TestPostgres.ConnectionString, _schema);
    }

    [Fact]
    public async Task DuckDb_and_PostgreSQL_give_the_same_personas()
    {
        var onDuckDb = await BehaviourAnalysis.AnalyzeAsync(_tenant, _duckDb, AsOf.AddDays(-7), AsOf);
        var onPostgres = await BehaviourAnalysis.AnalyzeAsync(_tenant, _postgres, AsOf.AddDays(-7), AsOf);

        Assert.Equal(onDuckDb.Users, onPostgres.Users);
        Assert.Equal(
            onDuckDb.Personas.Select(p => (p.Name, p.Users, Math.Round(p.DropOffRate, 9))),
            onPostgres.Personas.Select(p => (p.Name, p.Users, Math.Round(p.DropOffRate, 9))));
        Assert.Equal(onDuckDb.Personas.Select(p => p.Traits.Concat(p.Descriptions)), onPostgres.Personas.Select(p => p.Traits.Concat(p.Descriptions)));
        Assert.Equal(onDuckDb.Assignments.OrderBy(a => a.Key, StringComparer.Ordinal), onPostgres.Assignments.OrderBy(a => a.Key, StringComparer.Ordinal));
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
