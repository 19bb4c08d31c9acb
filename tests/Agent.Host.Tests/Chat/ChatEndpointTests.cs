using System.Net;
using System.Text.Json;

namespace SegmentAI.Host.Tests.Chat;

public sealed class ChatEndpointTests : IAsyncLifetime
{
    private readonly EchoConversationEngine _engine = new();
    private ChatWebApp _web = null!;

    public async Task InitializeAsync() => _web = await ChatWebApp.StartAsync(_engine);

    [Fact]
    public async Task A_message_reaches_the_engine_from_the_web_channel_without_trusting_unknown_users()
    {
        var response = await PostAsync("/api/chat", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-1","text":"hello there","as_of":"2026-11-22"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_engine.Requests);
        Assert.Equal("acme-retail", request.TenantId);
        Assert.Equal("marco.marketer@acme", request.UserId);
        Assert.Equal("s-1", request.SessionId);
        Assert.Equal("hello there", request.Text);
        Assert.Equal("web", request.Channel);
        Assert.False(request.TrustUnknownUsers);
        Assert.Equal(new DateOnly(2026, 11, 22), request.AsOf);
        Assert.Null(request.Warehouse);
    }

    [Fact]
    public async Task The_reply_is_the_chat_contract_in_snake_case()
    {
        var response = await PostAsync("/api/chat", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-2","text":"segment of baby buyers"}""");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("segment", root.GetProperty("kind").GetString());
        Assert.Equal("s-2", root.GetProperty("session_id").GetString());
        var segment = root.GetProperty("segment");
        Assert.Equal(1234, segment.GetProperty("estimated_size").GetInt64());
        Assert.Equal(20000, segment.GetProperty("total_population").GetInt64());
        var condition = segment.GetProperty("conditions")[0];
        Assert.Equal("buy baby products", condition.GetProperty("source_text").GetString());
        Assert.Equal("retrieved", condition.GetProperty("grounding").GetString());
        Assert.Equal("in", condition.GetProperty("operator").GetString());
        Assert.DoesNotContain("\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_tenant_and_text_are_a_validation_problem_naming_both()
    {
        var response = await PostAsync("/api/chat", """{"user":"marco.marketer@acme","text":"  "}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("tenant", out _));
        Assert.True(errors.TryGetProperty("text", out _));
        Assert.False(errors.TryGetProperty("user", out _));
        Assert.Empty(_engine.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"tenant":"acme-retail","user":"marco.marketer@acme","text":"hi","as_of":"22/11/2026"}""")]
    [InlineData("""{"tenant":"acme-retail","usr":"u","text":"hi"}""")]
    public async Task Malformed_bodies_are_a_problem_details_400(string body)
    {
        var response = await PostAsync("/api/chat", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid chat message JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task Unknown_tenant_is_a_problem_details_404_with_a_hint()
    {
        var response = await PostAsync("/api/chat", """{"tenant":"acme-retial","user":"marco.marketer@acme","text":"hi"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("acme-retail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task The_stream_sends_typing_then_partial_text_then_the_reply_as_server_sent_events()
    {
        var response = await PostAsync("/api/chat/stream", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-3","text":"segment of baby buyers"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("typing", events[0].Type);
        Assert.Equal("reply", events[^1].Type);
        Assert.NotEmpty(events.Skip(1).SkipLast(1));
        Assert.All(events.Skip(1).SkipLast(1), e => Assert.Equal("partial", e.Type));
        Assert.Equal("s-3", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("session_id").GetString());
        using var reply = JsonDocument.Parse(events[^1].Data);
        Assert.Equal("segment", reply.RootElement.GetProperty("kind").GetString());
        Assert.Equal("web", Assert.Single(_engine.Requests).Channel);
    }

    [Fact]
    public async Task The_partial_events_add_up_to_the_reply_text_line_by_line()
    {
        var response = await PostAsync("/api/chat/stream", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-5","text":"segment of baby buyers"}""");

        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());
        var pieces = events.Where(e => e.Type == "partial").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("delta").GetString()!).ToList();
        var text = JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("text").GetString();
        Assert.Equal(text, string.Concat(pieces));
        Assert.Equal(["**Baby buyers**\n", "Customers who bought Baby.\n", "\n", "```sql\n", $"{EchoConversationEngine.Sql};\n", "```"], pieces);
    }

    [Fact]
    public async Task Control_characters_in_the_user_or_session_id_are_a_validation_problem()
    {
        var response = await PostAsync("/api/chat", """{"tenant":"acme-retail","user":"u\u0000","session":"s\u0000","text":"hi"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("user", out _));
        Assert.True(errors.TryGetProperty("session", out _));
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task The_stream_frames_every_event_with_event_and_data_lines_and_a_blank_line()
    {
        var response = await PostAsync("/api/chat/stream", """{"tenant":"acme-retail","user":"marco.marketer@acme","session":"s-4","text":"hi"}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            "event: typing\ndata: {\"session_id\":\"s-4\"}\n\n" +
            "event: partial\ndata: {\"delta\":\"echo: hi\"}\n\n" +
            "event: reply\ndata: {\"kind\":\"answer\",\"text\":\"echo: hi\",\"session_id\":\"s-4\",\"contents\":[],\"similar_segments\":[],\"audit\":[]}\n\n",
            body);
    }

    [Fact]
    public async Task The_stream_ends_with_an_error_reply_when_the_engine_fails()
    {
        var response = await PostAsync("/api/chat/stream", """{"tenant":"acme-retail","user":"marco.marketer@acme","text":"fail now"}""");

        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["typing", "partial", "reply"], events.Select(e => e.Type));
        Assert.Equal("error", JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_stream_validates_before_it_starts()
    {
        var response = await PostAsync("/api/chat/stream", """{"tenant":"acme-retail","user":"marco.marketer@acme"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public async Task DisposeAsync() => await _web.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        return await _web.Client.PostAsync(path, content);
    }
}
