using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class WarehouseDeterminismTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 1);

    [Theory]
    [InlineData("acme-retail", 2_000, 730)]
    [InlineData("dealflow", 500, 14)]
    [InlineData("contoso-workforce", 300, 60)]
    public async Task Same_options_give_the_same_fingerprint_and_another_seed_a_different_one(string generatorId, int size, int historyDays)
    {
        using var directory = new TempWarehouseDirectory();
        var generator = WarehouseGenerators.Get(generatorId);
        WarehouseGenerationOptions Options(string file, ulong seed) => new(directory.File(file), size, seed, AsOf, historyDays);

        await generator.GenerateAsync(Options("a.duckdb", 11));
        await generator.GenerateAsync(Options("b.duckdb", 11));
        await generator.GenerateAsync(Options("c.duckdb", 12));
        var first = await WarehouseFingerprint.ComputeAsync(directory.File("a.duckdb"));
        var second = await WarehouseFingerprint.ComputeAsync(directory.File("b.duckdb"));
        var otherSeed = await WarehouseFingerprint.ComputeAsync(directory.File("c.duckdb"));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }
}
