using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SegmentAI.Host.Tests.Chat;

namespace SegmentAI.Host.Tests.Widget;

public sealed class WidgetEndpointTests : IAsyncLifetime
{
    private ChatWebApp _web = null!;

    public async Task InitializeAsync() => _web = await ChatWebApp.StartAsync(new EchoConversationEngine());

    [Fact]
    public async Task The_home_page_is_the_widget_page_embedding_the_script_inline()
    {
        var response = await _web.Client.GetAsync("/");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"widget.js\" data-target=\"#chat\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"status\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/widget.js", "text/javascript")]
    [InlineData("/widget.css", "text/css")]
    public async Task Widget_files_are_served_with_their_type_and_revalidated_by_entity_tag(string path, string mediaType)
    {
        var first = await _web.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.NoCache);
        var tag = Assert.IsType<EntityTagHeaderValue>(first.Headers.ETag);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(tag);
        var second = await _web.Client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_demo_login_offers_the_enrolled_users_with_their_roles_and_says_it_is_a_demo()
    {
        var body = await _web.Client.GetStringAsync("/api/widget/login?tenant=acme-retail");

        using var json = JsonDocument.Parse(body);
        var screen = json.RootElement;
        Assert.Equal("demo", screen.GetProperty("scheme").GetString());
        Assert.Equal("Demo login", screen.GetProperty("title").GetString());
        Assert.Contains("no password", screen.GetProperty("notice").GetString(), StringComparison.Ordinal);
        var tenant = Assert.Single(screen.GetProperty("tenants").EnumerateArray());
        Assert.Equal("acme-retail", tenant.GetProperty("id").GetString());
        Assert.Equal("customers", tenant.GetProperty("noun").GetString());
        var marco = tenant.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "marco.marketer@acme");
        Assert.Equal("Marco Bianchi", marco.GetProperty("display_name").GetString());
        Assert.Equal("marketer", marco.GetProperty("role").GetString());
        Assert.DoesNotContain("slack", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("aad", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_demo_login_without_a_tenant_offers_every_tenant()
    {
        using var json = JsonDocument.Parse(await _web.Client.GetStringAsync("/api/widget/login"));

        var ids = json.RootElement.GetProperty("tenants").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains("acme-retail", ids);
        Assert.Contains("dealflow", ids);
    }

    [Fact]
    public async Task The_login_for_an_unknown_tenant_is_a_problem_naming_the_script_attribute()
    {
        var response = await _web.Client.GetAsync("/api/widget/login?tenant=acme-retial");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-tenant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_users_are_listed_with_role_and_without_channel_identities()
    {
        var body = await _web.Client.GetStringAsync("/api/tenants/acme-retail/users");

        using var json = JsonDocument.Parse(body);
        var alice = json.RootElement.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "alice.admin@acme");
        Assert.Equal("admin", alice.GetProperty("role").GetString());
        Assert.Equal(["id", "display_name", "role"], alice.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("U0UJZDE8GXD", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_of_an_unknown_tenant_are_a_problem_details_404()
    {
        var response = await _web.Client.GetAsync("/api/tenants/nobody/users");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public async Task DisposeAsync() => await _web.DisposeAsync();
}
