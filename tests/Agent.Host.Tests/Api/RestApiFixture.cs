using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Host.Tests.Api;

/// <summary>
/// A repository root of its own (the repository's tenants and skills, and a small generated acme warehouse where
/// tenant.yaml expects it) and the real web app serving it.
/// </summary>
public sealed class RestApiFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    private RestApiHost _host = null!;

    /// <summary>The acme tenant's webhook destination "crm" (secret <see cref="WebhookSecret"/>).</summary>
    internal WebhookReceiver Webhook { get; private set; } = null!;

    public const string WebhookSecret = "a-long-enough-shared-secret";

    public string Root { get; } = Directory.CreateTempSubdirectory("rest-api-").FullName;

    public HttpClient Client => _host.Client;

    internal WebApplication App => _host.App;

    public async Task InitializeAsync()
    {
        var repository = FindRepository();
        Copy(Path.Combine(repository, "tenants"), Path.Combine(Root, "tenants"));
        Copy(Path.Combine(repository, "skills"), Path.Combine(Root, "skills"));
        Webhook = await WebhookReceiver.StartAsync();
        File.AppendAllText(Path.Combine(Root, "tenants", "acme-retail", "tenant.yaml"),
            $"\ndestinations:\n  crm: {{ url: \"{Webhook.Url}\", secret: \"{WebhookSecret}\", description: Test CRM }}\n");
        await WarehouseGenerators.Get("acme-retail").GenerateAsync(
            new WarehouseGenerationOptions(Path.Combine(Root, "data", "acme-retail.duckdb"), 1_500, 3, AsOf, 730));
        _host = await RestApiHost.StartAsync(Root);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await Webhook.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Segmentation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository");
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
