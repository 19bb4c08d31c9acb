using System.Net;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Api;

public sealed class ProxyAuthenticationTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    [Fact]
    public async Task Behind_a_proxy_identity_headers_count_only_with_the_proxys_key()
    {
        await using var host = await RestApiHost.StartAsync(api.Root, new Dictionary<string, string>
        {
            ["Api:Authentication"] = "Proxy",
            ["Api:ProxyKey"] = "proxy-secret",
        });

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

    [Fact]
    public async Task Proxy_authentication_without_a_key_stops_start_up_saying_what_to_set()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RestApiHost.StartAsync(api.Root, new Dictionary<string, string> { ["Api:Authentication"] = "Proxy" }));

        Assert.Contains("Api:ProxyKey is empty", error.Message, StringComparison.Ordinal);
    }
}
