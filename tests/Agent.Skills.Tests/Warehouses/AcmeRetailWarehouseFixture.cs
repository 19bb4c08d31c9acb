using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

namespace SegmentAI.Skills.Tests.Warehouses;

/// <summary>One acme warehouse (5,000 customers, two years) shared by the contract and realism tests.</summary>
public sealed class AcmeRetailWarehouseFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2025, 6, 1);

    private readonly TempWarehouseDirectory _directory = new();

    public string Path => _directory.File("acme.duckdb");

    public WarehouseGenerationResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await new AcmeRetailGenerator().GenerateAsync(new WarehouseGenerationOptions(Path, 5_000, 7, AsOf, 730));

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
