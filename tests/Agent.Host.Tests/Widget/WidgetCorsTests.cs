using System.Net;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Tests.Chat;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.Tests.Widget;

public sealed class WidgetCorsTests
{
    private const string Shop = "http://shop.example:8080";

    [Fact]
    public async Task By_default_no_other_origin_may_call_the_chat_from_a_browser()
    {
        await using var web = await ChatWebApp.StartAsync(new EchoConversationEngine());

        var preflight = await PreflightAsync(web.Client, "/api/chat/stream", Shop);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/chat/stream")]
    [InlineData("/api/chat")]
    public async Task A_configured_origin_may_post_chat_messages_from_a_browser(string path)
    {
        await using var web = await ChatWebApp.StartAsync(new EchoConversationEngine(), [$"--Widget:AllowedOrigins:0={Shop}"]);

        var preflight = await PreflightAsync(web.Client, path, Shop);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal([Shop], preflight.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("Content-Type", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_the_configured_origins_get_the_login_screen_across_origins()
    {
        await using var web = await ChatWebApp.StartAsync(new EchoConversationEngine(), [$"--Widget:AllowedOrigins:0={Shop}"]);

        var allowed = await GetFromAsync(web.Client, "/api/widget/login?tenant=acme-retail", Shop);
        var other = await GetFromAsync(web.Client, "/api/widget/login?tenant=acme-retail", "http://elsewhere.example");

        Assert.Equal([Shop], allowed.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*", "list the origins")]
    [InlineData("http://shop.example/", "write it as http://shop.example.")]
    [InlineData("http://shop.example:80", "write it as http://shop.example.")]
    [InlineData("shop.example", "is not an http(s) origin")]
    public void An_allowed_origin_a_browser_never_sends_stops_the_host_naming_the_entry(string origin, string advice)
    {
        var error = Assert.Throws<OptionsValidationException>(() => AgentWebApplication.Build(["--urls", "http://127.0.0.1:0", $"--Widget:AllowedOrigins:0={origin}"]));

        Assert.Contains($"Widget:AllowedOrigins entry '{origin}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetFromAsync(HttpClient client, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
