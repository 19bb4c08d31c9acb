using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SegmentAI.Host.Web;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>/api/chat with the real engine: the web channel enforces enrollment and roles from tenant.yaml.</summary>
public sealed class ChatEndpointRealEngineTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = AgentWebApplication.Build(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    [Fact]
    public async Task A_viewer_cannot_create_segments()
    {
        var reply = await ChatAsync(new { tenant = "acme-retail", user = "hannah.viewer@acme", text = "create a segment of gold members" });

        Assert.Equal("refusal", reply.GetProperty("kind").GetString());
        Assert.Equal("permission", reply.GetProperty("refusal").GetProperty("category").GetString());
    }

    [Fact]
    public async Task A_user_who_is_not_enrolled_is_turned_away()
    {
        using var response = await _client.PostAsJsonAsync("/api/chat", new { tenant = "acme-retail", user = "stranger@example.com", text = "gold members" });
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("User not enrolled", problem.GetProperty("title").GetString());
        Assert.Contains("not enrolled", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_enrolled_marketer_gets_a_grounded_segment()
    {
        var reply = await ChatAsync(new { tenant = "acme-retail", user = "deshawn.marketer@acme", text = "gold members in Texas", as_of = "2026-11-22" });

        Assert.Equal("segment", reply.GetProperty("kind").GetString());
        var facets = reply.GetProperty("segment").GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("facet").GetString()).ToList();
        Assert.Equal(["loyalty_tier", "state"], facets);
        Assert.Equal("segment_creation", reply.GetProperty("skill").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_conversation_can_be_read_back_by_its_user_to_show_it_again_after_a_reload()
    {
        await ChatAsync(new { tenant = "acme-retail", user = "deshawn.marketer@acme", session = "history-own", text = "gold members in Texas", as_of = "2026-11-22" });
        await ChatAsync(new { tenant = "acme-retail", user = "deshawn.marketer@acme", session = "history-own", text = "explain it", as_of = "2026-11-22" });

        using var response = await _client.GetAsync("/api/chat/sessions/history-own?tenant=acme-retail&user=deshawn.marketer@acme");
        var history = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("history-own", history.GetProperty("session_id").GetString());
        var turns = history.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(["user", "agent", "user", "agent"], turns.Select(t => t.GetProperty("speaker").GetString()));
        Assert.Equal("gold members in Texas", turns[0].GetProperty("text").GetString());
        Assert.Equal("segment", turns[1].GetProperty("kind").GetString());
        Assert.Contains("Loyalty Tier", turns[3].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_conversation_does_not_exist_for_a_caller()
    {
        await ChatAsync(new { tenant = "acme-retail", user = "deshawn.marketer@acme", session = "history-private", text = "gold members", as_of = "2026-11-22" });

        using var other = await _client.GetAsync("/api/chat/sessions/history-private?tenant=acme-retail&user=marco.marketer@acme");
        using var missing = await _client.GetAsync("/api/chat/sessions/history-private");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("gold members", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, missing.StatusCode);
    }

    private async Task<JsonElement> ChatAsync(object body)
    {
        using var response = await _client.PostAsJsonAsync("/api/chat", body);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
