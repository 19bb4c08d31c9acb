using SegmentAI.Host.Tests.Api;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Host.Tests.Web.Dashboard;

/// <summary>
/// A repository root of its own (the repository's tenants and skills, and dealflow's default demo warehouse where
/// tenant.yaml expects it) and the real web app serving it.
/// </summary>
public sealed class PersonaDashboardFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    public const string Viewer = "kenji.viewer@dealflow";

    public const string OtherTenantUser = "marco.marketer@acme";

    private RestApiHost _host = null!;

    public string Root { get; } = Directory.CreateTempSubdirectory("dashboard-").FullName;

    public HttpClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        var repository = RepositoryLayout.Discover();
        Directory.CreateSymbolicLink(Path.Combine(Root, "tenants"), repository.Tenants);
        Directory.CreateSymbolicLink(Path.Combine(Root, "skills"), repository.Skills);
        var generator = WarehouseGenerators.Get("dealflow");
        await generator.GenerateAsync(new WarehouseGenerationOptions(
            Path.Combine(Root, "data", "dealflow.duckdb"), generator.DefaultSize, 21, AsOf, generator.DefaultHistoryDays));
        _host = await RestApiHost.StartAsync(Root);
    }

    /// <summary>The dashboard of dealflow's default window, as the app builds it (and caches it) for the page.</summary>
    public Task<PersonaDashboardView> ViewAsync()
    {
        var tenant = _host.App.Services.GetRequiredService<TenantDirectory>().Find("dealflow")!;
        return _host.App.Services.GetRequiredService<PersonaDashboards>().ViewAsync(tenant, 7, null);
    }

    /// <summary>A GET as <paramref name="user"/> of <paramref name="tenant"/> (identity headers, as the proxy or the widget sends them).</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? tenant = null, string? user = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (tenant is not null && user is not null)
        {
            request.Headers.Add("X-SegmentAI-Tenant", tenant);
            request.Headers.Add("X-SegmentAI-User", user);
        }

        return Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
