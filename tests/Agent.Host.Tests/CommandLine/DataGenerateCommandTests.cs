using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.Tests.CommandLine;

public sealed class DataGenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generate-").FullName;

    [Theory]
    [InlineData("acme-retail", "800")]
    [InlineData("dealflow", "300")]
    [InlineData("contoso-workforce", "150")]
    public async Task Same_arguments_write_the_same_rows(string tenant, string size)
    {
        var first = Path.Combine(_folder, $"{tenant}-1.duckdb");
        var second = Path.Combine(_folder, $"{tenant}-2.duckdb");

        foreach (var path in new[] { first, second })
        {
            var (exit, stdout, stderr) = await HostProcess.RunAsync("data", "generate", "--tenant", tenant, "--size", size, "--seed", "5", "--as-of", "2026-11-22", "--out", path);
            Assert.True(exit == 0, stderr);
            Assert.Contains($"wrote {path}", stdout, StringComparison.Ordinal);
        }

        Assert.Equal(await WarehouseFingerprint.ComputeAsync(first), await WarehouseFingerprint.ComputeAsync(second));
    }

    [Theory]
    [InlineData("--size", "0", "--size must be a positive whole number")]
    [InlineData("--as-of", "22/11/2026", "--as-of '22/11/2026' is not a date")]
    [InlineData("--tenant", "acme", "unknown tenant 'acme'")]
    public async Task Bad_arguments_write_nothing(string option, string value, string expected)
    {
        var output = Path.Combine(_folder, "never.duckdb");
        string[] args = option == "--tenant"
            ? ["data", "generate", "--out", output, option, value]
            : ["data", "generate", "--tenant", "acme-retail", "--out", output, option, value];

        var (exit, _, stderr) = await HostProcess.RunAsync(args);

        Assert.Equal(1, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
