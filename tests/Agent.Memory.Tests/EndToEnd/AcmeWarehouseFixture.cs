using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>A small generated acme warehouse the end-to-end conversations size their segments on.</summary>
public sealed class AcmeWarehouseFixture : IAsyncLifetime
{
    public static readonly DateOnly DataAsOf = new(2026, 11, 22);

    private readonly string _folder = Directory.CreateTempSubdirectory("memory-e2e-").FullName;

    public string Warehouse => Path.Combine(_folder, "acme.duckdb");

    public string StateFolder(string name) => Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;

    public Task InitializeAsync() =>
        WarehouseGenerators.Get("acme-retail").GenerateAsync(new WarehouseGenerationOptions(Warehouse, 3_000, 21, DataAsOf, 730));

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
