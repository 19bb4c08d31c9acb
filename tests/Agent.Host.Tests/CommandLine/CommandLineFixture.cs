using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.Tests.CommandLine;

/// <summary>A temp folder with a small acme warehouse generated through the command line itself.</summary>
public sealed class CommandLineFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cli-").FullName;

    public string Warehouse => Path.Combine(Folder, "acme.duckdb");

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task InitializeAsync()
    {
        var (exit, _, stderr) = await HostProcess.RunAsync("data", "generate", "--tenant", "acme-retail", "--size", "1500", "--seed", "3", "--as-of", "2026-11-22", "--out", Warehouse);
        Assert.True(exit == 0, stderr);
        Assert.NotNull(await WarehouseMetadata.ReadAsync(SegmentAI.Skills.Warehouses.Warehouse.DuckDb(Warehouse)));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
