using SegmentAI.Host.Tests.CommandLine;
using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>
/// A repository root in a temp folder holding the skills and a generated acme-retail warehouse at the path tenant.yaml
/// names (data/acme-retail.duckdb), so channel turns — which use the tenant's configured warehouse — get sizes.
/// Tenants are read from the real repository.
/// </summary>
public sealed class AcmeRepositoryFixture : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateTempSubdirectory("teams-repo-").FullName;

    /// <summary>Settings pointing the web app at this root.</summary>
    public string[] Settings =>
    [
        $"--SegmentAI:RepositoryRoot={Root}",
        $"--SegmentAI:TenantsDirectory={RepositoryLayout.Discover().Tenants}",
    ];

    public async Task InitializeAsync()
    {
        Copy(RepositoryLayout.Discover().Skills, Path.Combine(Root, "skills"));
        var warehouse = Path.Combine(Root, "data", "acme-retail.duckdb");
        var (exit, _, stderr) = await HostProcess.RunAsync(
            "data", "generate", "--tenant", "acme-retail", "--size", "1500", "--seed", "3", "--as-of", "2026-11-22", "--out", warehouse);
        Assert.True(exit == 0, stderr);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
