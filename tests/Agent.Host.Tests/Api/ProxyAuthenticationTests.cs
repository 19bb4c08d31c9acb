using System.Net;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Api;

public sealed class ProxyAuthenticationTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    [Fact]
    public async Task Behind_a_proxy_identity_headers_count_only_with_the_proxys_key()
    {
        await using var host = await StartBehindProxyAsync();

        var direct = await host.Client.FetchAsync("/api/segments");
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/api/segments");
        viaProxy.Headers.Add("X-SegmentAI-Tenant", Acme);
        viaProxy.Headers.Add("X-SegmentAI-User", Marketer);
        viaProxy.Headers.Add("X-SegmentAI-Proxy-Key", "proxy-secret");
        using var proxied = await host.Client.SendAsync(viaProxy);

        AssertProblem(HttpStatusCode.Unauthorized, "Not authenticated", direct);
        Assert.Contains("authenticating proxy", direct.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
    }

    [Theory]
    [InlineData("/api/chat")]
    [InlineData("/api/chat/stream")]
    [InlineData("/api/segments/estimate")]
    public async Task Behind_a_proxy_chat_and_estimation_need_the_proxys_key_too(string path)
    {
        await using var host = await StartBehindProxyAsync();
        var body = path == "/api/segments/estimate"
            ? Definition(Condition("loyalty_tier", "in", "gold")).Replace("{\"root\"", $"{{\"tenant\": \"{Acme}\", \"root\"", StringComparison.Ordinal)
            : $$"""{"tenant": "{{Acme}}", "user": "{{Admin}}", "text": "erase all data about user {{Marketer}}"}""";

        var direct = await host.Client.SendAsync(HttpMethod.Post, path, Admin, body);

        AssertProblem(HttpStatusCode.Unauthorized, "Not authenticated", direct);
    }

    [Theory]
    [InlineData("/api/tenants")]
    [InlineData("/api/tenants/acme-retail/users")]
    [InlineData("/api/tenants/acme-retail/catalog")]
    [InlineData("/api/widget/login")]
    [InlineData("/status")]
    public async Task Behind_a_proxy_nothing_showing_tenant_data_answers_without_the_key(string path)
    {
        await using var host = await StartBehindProxyAsync();

        using var direct = await host.Client.GetAsync(path);
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, path);
        viaProxy.Headers.Add("X-SegmentAI-Proxy-Key", "proxy-secret");
        using var proxied = await host.Client.SendAsync(viaProxy);
        using var page = await host.Client.GetAsync("/widget.js");

        Assert.Equal(HttpStatusCode.Unauthorized, direct.StatusCode);
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Behind_a_proxy_a_chat_message_is_written_as_the_user_the_proxy_identified()
    {
        await using var host = await StartBehindProxyAsync();

        var asThemselves = await ProxiedChatAsync(host, Marketer, Marketer);
        var asTheAdmin = await ProxiedChatAsync(host, Marketer, Admin);

        Assert.Equal(HttpStatusCode.OK, asThemselves.Status);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", asTheAdmin);
    }

    [Fact]
    public async Task Estimation_needs_a_caller_of_the_definitions_tenant()
    {
        var gold = Definition(Condition("loyalty_tier", "in", "gold")).Replace("{\"root\"", $"{{\"tenant\": \"{Acme}\", \"root\"", StringComparison.Ordinal);

        var anonymous = await api.Client.SendAsync(HttpMethod.Post, "/api/segments/estimate", null, gold);
        var otherTenant = await api.Client.SendAsync(HttpMethod.Post, "/api/segments/estimate", "dana.admin@dealflow", gold, "dealflow");
        var ownTenant = await api.Client.SendAsync(HttpMethod.Post, "/api/segments/estimate", Viewer, gold);

        AssertProblem(HttpStatusCode.Unauthorized, "Not authenticated", anonymous);
        AssertProblem(HttpStatusCode.Forbidden, "Permission denied", otherTenant);
        Assert.Equal(HttpStatusCode.OK, ownTenant.Status);
        Assert.True(ownTenant.Body.GetProperty("estimated_size").GetInt64() > 0);
    }

    private Task<RestApiHost> StartBehindProxyAsync() =>
        RestApiHost.StartAsync(api.Root, new Dictionary<string, string>
        {
            ["Api:Authentication"] = "Proxy",
            ["Api:ProxyKey"] = "proxy-secret",
        });

    private static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body, HttpResponseMessage Response)> ProxiedChatAsync(RestApiHost host, string identified, string written)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat")
        {
            Content = new StringContent($$"""{"tenant": "{{Acme}}", "user": "{{written}}", "text": "list my segments"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-SegmentAI-Proxy-Key", "proxy-secret");
        request.Headers.Add("X-SegmentAI-Tenant", Acme);
        request.Headers.Add("X-SegmentAI-User", identified);
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, System.Text.Json.JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    [Fact]
    public async Task Proxy_authentication_without_a_key_stops_start_up_saying_what_to_set()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RestApiHost.StartAsync(api.Root, new Dictionary<string, string> { ["Api:Authentication"] = "Proxy" }));

        Assert.Contains("Api:ProxyKey is empty", error.Message, StringComparison.Ordinal);
    }
}
