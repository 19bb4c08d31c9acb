using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class AtomicWriteTests
{
    [Fact]
    public async Task Cancelled_generation_leaves_no_file_under_the_final_name()
    {
        using var directory = new TempWarehouseDirectory();
        var path = directory.File("acme.duckdb");

        await GenerateAndCancelAsync(path);

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Cancelled_generation_does_not_touch_an_existing_warehouse()
    {
        using var directory = new TempWarehouseDirectory();
        var path = directory.File("acme.duckdb");
        await File.WriteAllTextAsync(path, "previous warehouse");

        await GenerateAndCancelAsync(path);

        Assert.Equal("previous warehouse", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Successful_generation_replaces_an_existing_file()
    {
        using var directory = new TempWarehouseDirectory();
        var path = directory.File("dealflow.duckdb");
        await File.WriteAllTextAsync(path, "stale");

        await WarehouseGenerators.Get("dealflow").GenerateAsync(new WarehouseGenerationOptions(path, 50, 1, new DateOnly(2025, 1, 1), 3));

        Assert.NotEmpty(await WarehouseFingerprint.ComputeAsync(path));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    private static async Task GenerateAndCancelAsync(string path)
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cancellation);
        var options = new WarehouseGenerationOptions(path, 20_000, 1, new DateOnly(2025, 6, 1), 730);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => WarehouseGenerators.Get("acme-retail").GenerateAsync(options, progress, cancellation.Token));
    }

    private sealed class CancelOnFirstReport(CancellationTokenSource cancellation) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => cancellation.Cancel();
    }
}
