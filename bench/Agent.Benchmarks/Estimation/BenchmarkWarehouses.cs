using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Benchmarks.Estimation;

/// <summary>
/// Generated acme warehouses for benchmarks, cached under <c>data/bench/</c> because the 1M-customer one takes
/// minutes to build; a cached file is reused only when its metadata says it was built with the same arguments.
/// </summary>
internal static class BenchmarkWarehouses
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

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
}
