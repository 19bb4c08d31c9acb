using SegmentAI.Integration.Tests.Servers;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Integration.Tests.Differential;

/// <summary>A tenant whose tenant.yaml points at PostgreSQL is estimated there, with no code change.</summary>
[Collection(AcmeWarehousesCollection.Name)]
public sealed class PostgresTenantWarehouseTests : IDisposable
{
    private readonly AcmeWarehouses _warehouses;
    private readonly string _tenants = Directory.CreateTempSubdirectory("pg-tenant-").FullName;

    public PostgresTenantWarehouseTests(AcmeWarehouses warehouses)
    {
        _warehouses = warehouses;
    }

    [Fact]
    public async Task Tenant_configured_for_postgres_estimates_on_its_schema()
    {
        var source = Path.Combine(RepositoryLayout.Discover().Tenants, "acme-retail");
        var target = Directory.CreateDirectory(Path.Combine(_tenants, "acme-retail")).FullName;
        File.Copy(Path.Combine(source, TenantDirectory.CatalogFileName), Path.Combine(target, TenantDirectory.CatalogFileName));
        var yaml = File.ReadAllText(Path.Combine(source, TenantDirectory.TenantFileName)).Replace(
            "  provider: duck_db\n  path: data/acme-retail.duckdb\n",
            $"  provider: postgres\n  connection_string: env:{TestPostgres.EnvironmentVariable}\n  schema: {_warehouses.PostgresSchema}\n",
            StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(target, TenantDirectory.TenantFileName), yaml);
        Environment.SetEnvironmentVariable(TestPostgres.EnvironmentVariable, TestPostgres.ConnectionString);
        var tenant = TenantDirectory.Load(_tenants).Get("acme-retail");
        var definition = new SegmentDefinition
        {
            Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
        };

        var warehouse = Warehouse.For(tenant, _tenants);
        var estimate = await new SizeEstimator().EstimateAsync(SegmentCompiler.Compile(definition, tenant, warehouse.Dialect, AcmeWarehouses.AsOf), tenant, warehouse);
        var reference = await new SizeEstimator().EstimateAsync(SegmentCompiler.Compile(definition, tenant, SqlDialect.DuckDb, AcmeWarehouses.AsOf), tenant, _warehouses.DuckDb);

        Assert.Equal(SqlDialect.Postgres, warehouse.Dialect);
        Assert.Equal(WarehouseProvider.Postgres, tenant.Config.Warehouse.Provider);
        Assert.Equal(reference.Size, estimate.Size);
        Assert.Equal(3_000, estimate.Population);
    }

    public void Dispose() => Directory.Delete(_tenants, recursive: true);
}
