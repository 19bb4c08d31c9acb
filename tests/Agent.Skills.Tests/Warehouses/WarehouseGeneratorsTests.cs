using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class WarehouseGeneratorsTests
{
    [Theory]
    [InlineData("acme-retail", 20_000, 730)]
    [InlineData("dealflow", 1_000, 7)]
    [InlineData("contoso-workforce", 1_000, 90)]
    public void Returns_the_generator_of_each_known_tenant_with_its_defaults(string id, int size, int historyDays)
    {
        var generator = WarehouseGenerators.Get(id);

        Assert.Equal(id, generator.TenantId);
        Assert.Equal(size, generator.DefaultSize);
        Assert.Equal(historyDays, generator.DefaultHistoryDays);
    }

    [Fact]
    public void Unknown_id_is_rejected_with_the_list_of_known_ids()
    {
        var error = Assert.Throws<ArgumentException>(() => WarehouseGenerators.Get("globex"));

        Assert.Contains("globex", error.Message, StringComparison.Ordinal);
        Assert.Contains("acme-retail, dealflow, contoso-workforce", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(10, 0)]
    public async Task Invalid_size_or_history_is_rejected(int size, int historyDays)
    {
        using var directory = new TempWarehouseDirectory();
        var options = new WarehouseGenerationOptions(directory.File("x.duckdb"), size, 1, new DateOnly(2025, 1, 1), historyDays);

        await Assert.ThrowsAsync<ArgumentException>(() => WarehouseGenerators.Get("dealflow").GenerateAsync(options));
        Assert.False(File.Exists(options.OutputPath));
    }

    [Fact]
    public async Task Missing_output_folder_is_created()
    {
        using var directory = new TempWarehouseDirectory();
        var path = Path.Combine(directory.Path, "nested", "deeper", "w.duckdb");

        var result = await WarehouseGenerators.Get("dealflow").GenerateAsync(new WarehouseGenerationOptions(path, 20, 1, new DateOnly(2025, 1, 1), 3));

        Assert.True(File.Exists(path));
        Assert.Equal(20, result.RowCounts["users"]);
    }
}
