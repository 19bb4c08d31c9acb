namespace SegmentAI.Host.Tests.CommandLine;

/// <summary>Started where there are no tenants, the host says where it looked and what to set, in one line.</summary>
public sealed class StartupFolderTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("no-tenants-").FullName;

    public static TheoryData<string[]> Commands => new()
    {
        { new[] { "serve", "--urls", "http://127.0.0.1:0" } },
        { new[] { "--urls", "http://127.0.0.1:0" } },
        { new[] { "chat", "--tenant", "acme-retail", "--json" } },
        { new[] { "tenants", "list" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_root_without_tenants_is_one_error_line_naming_the_folder_and_the_setting(string[] args)
    {
        var (exit, _, stderr) = await HostProcess.RunInAsync(_empty, new Dictionary<string, string> { ["SegmentAI__RepositoryRoot"] = _empty }, "", args);

        Assert.NotEqual(0, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: no tenants folder at '{Path.Combine(_empty, "tenants")}'.", line, StringComparison.Ordinal);
        Assert.Contains("SegmentAI__RepositoryRoot", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_as_of_outside_the_supported_range_is_one_error_line_naming_the_range()
    {
        var (exit, stdout, stderr) = await HostProcess.RunWithInputAsync("customers who bought toys\n", "chat", "--tenant", "acme-retail", "--json", "--as-of", "0001-01-01");

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal(
            "error: --as-of 0001-01-01 is outside the dates SegmentAI works with; use a date between 1 Jan 1900 and 31 Dec 2199",
            stderr.Trim());
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);
}
