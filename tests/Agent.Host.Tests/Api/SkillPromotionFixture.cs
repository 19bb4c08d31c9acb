using SegmentAI.Skills.Hosting;

namespace SegmentAI.Host.Tests.Api;

/// <summary>
/// The real web app over a repository root of its own: the repository's tenants and a copy of its skills with a
/// 1.1.0 candidate of every skill, so activating versions edits the copy's manifest, never the repository's.
/// </summary>
public sealed class SkillPromotionFixture : IAsyncLifetime
{
    private RestApiHost _host = null!;

    public string Root { get; } = Directory.CreateTempSubdirectory("skill-promotion-").FullName;

    public HttpClient Client => _host.Client;

    public string ManifestPath => Path.Combine(Root, "skills", "manifest.yaml");

    internal IServiceProvider Services => _host.App.Services;

    public async Task InitializeAsync()
    {
        var repository = RepositoryLayout.Discover();
        Copy(repository.Tenants, Path.Combine(Root, "tenants"));
        Copy(repository.Skills, Path.Combine(Root, "skills"));
        foreach (var folder in Directory.GetDirectories(Path.Combine(Root, "skills")))
        {
            var current = Path.Combine(folder, "1.0.0.yaml");
            var candidate = File.ReadAllText(current).Replace("version: \"1.0.0\"", "version: \"1.1.0\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "1.1.0.yaml"), candidate);
        }

        _host = await RestApiHost.StartAsync(Root);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
