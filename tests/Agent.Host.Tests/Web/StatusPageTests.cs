using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.Tests.Web;

public sealed class StatusPageTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = AgentWebApplication.Build(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    [Fact]
    public async Task Status_page_lists_the_tenants()
    {
        var html = await _client.GetStringAsync("/status");

        Assert.Contains("Acme", html, StringComparison.Ordinal);
        Assert.Contains("<code>dealflow</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>contoso-workforce</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_endpoint_omits_restricted_facets()
    {
        var json = await _client.GetStringAsync("/api/tenants/acme-retail/catalog");

        Assert.Contains("\"department_purchased\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"first_name\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_tenant_is_a_problem_details_404()
    {
        var response = await _client.GetAsync("/api/tenants/nobody/catalog");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Estimate_endpoint_rejects_an_invalid_definition_with_the_reason()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/segments/estimate")
        {
            Content = new StringContent("""{"tenant":"acme-retail","root":{"type":"condition","source_text":"x","facet":"nope","operator":"in","values":["a"]}}"""),
        };
        request.Headers.Add("X-SegmentAI-Tenant", "acme-retail");
        request.Headers.Add("X-SegmentAI-User", "marco.marketer@acme");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown facet 'nope'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
