using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Tenants;

/// <summary>A small generated warehouse for each demo tenant, shared by the catalog-against-data tests.</summary>
public sealed class GeneratedTenantWarehouses : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal)
    {
        ["acme-retail"] = 8_000,
        ["dealflow"] = 1_000,
        ["contoso-workforce"] = 400,
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("tenant-warehouses-").FullName;
    private readonly Dictionary<string, Warehouse> _warehouses = new(StringComparer.Ordinal);

    public Warehouse For(string tenantId) => _warehouses[tenantId];

    public static Tenant Tenant(string tenantId) => RepositoryTenants.Directory.Get(tenantId);

    public async Task InitializeAsync()
    {
        foreach (var (tenantId, size) in Sizes)
        {
            var generator = WarehouseGenerators.Get(Tenant(tenantId).Config.Warehouse.Generator!);
            var path = Path.Combine(_folder, $"{tenantId}.duckdb");
            await generator.GenerateAsync(new WarehouseGenerationOptions(path, size, 11, AsOf, generator.DefaultHistoryDays));
            _warehouses[tenantId] = Warehouse.DuckDb(path);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
