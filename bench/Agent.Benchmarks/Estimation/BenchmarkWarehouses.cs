using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Benchmarks.Estimation;

/// <summary>
/// Generated warehouses for benchmarks, cached under <c>data/bench/</c> because the large ones take minutes to build;
/// a cached file is named by its arguments and reused only when its metadata says it was built for the same tenant and date.
/// </summary>
internal static class BenchmarkWarehouses
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    /// <summary>The as-of date of the dealflow benchmark warehouses (the one the 100,000-user run used).</summary>
    public static readonly DateOnly DealflowAsOf = new(2026, 12, 1);

    private const ulong Seed = 42;

    public static async Task<string> AcmeAsync(int customers)
    {
        var folder = Path.Combine(RepositoryLayout.Discover().Data, "bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"acme-retail-{customers}.duckdb");
        if (File.Exists(path) && await WarehouseMetadata.ReadAsync(Warehouse.DuckDb(path)) is { TenantId: "acme-retail" } info && info.AsOf == AsOf)
        {
            return path;
        }

        var generator = WarehouseGenerators.Get("acme-retail");
        Console.WriteLine($"// generating acme-retail with {customers:N0} customers into {path} (cached for later runs)");
        await generator.GenerateAsync(new WarehouseGenerationOptions(path, customers, Seed, AsOf, generator.DefaultHistoryDays));
        return path;
    }

    public static async Task<string> DealflowAsync(int users, int days)
    {
        var folder = Path.Combine(RepositoryLayout.Discover().Data, "bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"dealflow-{users}-users-{days}-days-seed-{Seed}-{DealflowAsOf:yyyyMMdd}.duckdb");
        if (File.Exists(path) && await WarehouseMetadata.ReadAsync(Warehouse.DuckDb(path)) is { TenantId: "dealflow" } info && info.AsOf == DealflowAsOf)
        {
            return path;
        }

        Console.WriteLine($"// generating dealflow with {users:N0} users over {days} days into {path} (cached for later runs)");
        await WarehouseGenerators.Get("dealflow").GenerateAsync(new WarehouseGenerationOptions(path, users, Seed, DealflowAsOf, days));
        return path;
    }
}
