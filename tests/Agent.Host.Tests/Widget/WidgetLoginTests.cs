using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Tests.Chat;
using SegmentAI.Host.Web;
using SegmentAI.Host.Web.Widget;

namespace SegmentAI.Host.Tests.Widget;

public sealed class WidgetLoginTests
{
    private static readonly string[] ProxyLogin = ["--Widget:Login=proxy"];

    [Fact]
    public async Task A_registered_login_replaces_the_demo_when_Widget_Login_names_it()
    {
        await using var web = await StartWithProxyLoginAsync(new EchoConversationEngine());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/widget/login");
        request.Headers.Add(ProxyHeaderLogin.Header, "priya.marketer@acme");

        var response = await web.Client.SendAsync(request);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("proxy", json.RootElement.GetProperty("scheme").GetString());
        var user = Assert.Single(Assert.Single(json.RootElement.GetProperty("tenants").EnumerateArray()).GetProperty("users").EnumerateArray());
        Assert.Equal("priya.marketer@acme", user.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/chat")]
    [InlineData("/api/chat/stream")]
    public async Task A_message_written_as_someone_the_login_did_not_sign_in_is_refused_before_the_engine(string path)
    {
        var engine = new EchoConversationEngine();
        await using var web = await StartWithProxyLoginAsync(engine);

        var response = await PostAsync(web.Client, path, "marco.marketer@acme", signedIn: "priya.marketer@acme");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Not signed in as this user", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public async Task A_message_from_the_signed_in_user_reaches_the_engine_as_that_user()
    {
        var engine = new EchoConversationEngine();
        await using var web = await StartWithProxyLoginAsync(engine);

        var response = await PostAsync(web.Client, "/api/chat", "priya.marketer@acme", signedIn: "priya.marketer@acme");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("priya.marketer@acme", Assert.Single(engine.Requests).UserId);
    }

    [Fact]
    public void A_login_scheme_that_no_one_registered_stops_the_host_naming_the_registered_ones()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AgentWebApplication.Build(["--urls", "http://127.0.0.1:0", "--Widget:Login=oidc"]));

        Assert.Contains("Widget:Login is 'oidc'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Registered: demo", error.Message, StringComparison.Ordinal);
    }

    private static Task<ChatWebApp> StartWithProxyLoginAsync(EchoConversationEngine engine) =>
        ChatWebApp.StartAsync(engine, ProxyLogin, services => services.TryAddEnumerable(ServiceDescriptor.Singleton<IWidgetLogin, ProxyHeaderLogin>()));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string user, string signedIn)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { tenant = "acme-retail", user, text = "hello" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ProxyHeaderLogin.Header, signedIn);
        return await client.SendAsync(request);
    }
}
