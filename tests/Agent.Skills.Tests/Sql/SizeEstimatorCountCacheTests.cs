using DuckDB.NET.Data;
using SegmentAI.Skills.Estimation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Warehouses;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Sql;

public sealed class SizeEstimatorCountCacheTests : IClassFixture<ShopfrontWarehouse>, IDisposable
{
    private readonly ShopfrontWarehouse _shop;
    private readonly string _folder = Directory.CreateTempSubdirectory("estimate-cache-").FullName;

    public SizeEstimatorCountCacheTests(ShopfrontWarehouse shop)
    {
        _shop = shop;
    }

    [Fact]
    public async Task A_segment_counted_again_on_the_same_file_reuses_the_count()
    {
        var estimator = new SizeEstimator();
        var gold = Compile("gold");

        var first = await estimator.EstimateAsync(gold, _shop.Tenant, _shop.Warehouse);
        var again = await estimator.EstimateAsync(gold, _shop.Tenant, _shop.Warehouse);

        Assert.Equal((2L, 5L), (first.Size, first.Population));
        Assert.Equal((first.Size, first.Population), (again.Size, again.Population));
        Assert.Equal(first.SampleKeys, again.SampleKeys);

        // The time is the original query's: no second query ran.
        Assert.Equal(first.Elapsed, again.Elapsed);
    }

    [Fact]
    public async Task Segments_that_differ_only_in_a_value_are_counted_separately()
    {
        var estimator = new SizeEstimator();

        var gold = await estimator.EstimateAsync(Compile("gold"), _shop.Tenant, _shop.Warehouse);
        var silver = await estimator.EstimateAsync(Compile("silver"), _shop.Tenant, _shop.Warehouse);

        Assert.Equal(2, gold.Size);
        Assert.Equal(1, silver.Size);
    }

    [Fact]
    public async Task A_regenerated_file_is_counted_afresh()
    {
        var path = Path.Combine(_folder, "shopfront.duckdb");
        File.Copy(_shop.FilePath, path);
        var estimator = new SizeEstimator();
        var gold = Compile("gold");
        var before = await estimator.EstimateAsync(gold, _shop.Tenant, Warehouse.DuckDb(path));

        // Regeneration writes a staging file and renames it into place, as the generators do.
        var staging = Path.Combine(_folder, "staging.duckdb");
        File.Copy(_shop.FilePath, staging);
        using (var connection = new DuckDBConnection($"Data Source={staging}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO customers VALUES (6, 'gold', 'WA', TRUE, 0.8, DATE '2026-02-02', 'f@x.test')";
            insert.ExecuteNonQuery();
        }

        File.Move(staging, path, overwrite: true);
        var after = await estimator.EstimateAsync(gold, _shop.Tenant, Warehouse.DuckDb(path));

        Assert.Equal((2L, 5L), (before.Size, before.Population));
        Assert.Equal((3L, 6L), (after.Size, after.Population));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CompiledSegment Compile(string tier) =>
        SegmentCompiler.Compile(Segment(Attr("tier", ConditionOperator.In, tier)), _shop.Tenant, SqlDialect.DuckDb, ShopfrontWarehouse.AsOf);
}
