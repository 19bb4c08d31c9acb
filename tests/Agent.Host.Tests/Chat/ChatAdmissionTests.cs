using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SegmentAI.Host.Tests.Api;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;
using static SegmentAI.Host.Tests.Api.ApiCalls;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>
/// What /api/chat lets in and what it keeps: bounded bodies and stored text, limits for senders who are turned away,
/// sessions that stay within their cap, idempotent retries and one identity per user whatever alias they used.
/// </summary>
public sealed class ChatAdmissionTests(RestApiFixture api) : IClassFixture<RestApiFixture>
{
    private const string MarketerSlackId = "U06NCF10EPF";

    [Fact]
    public async Task An_over_long_message_is_refused_and_only_its_start_is_stored()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);
        var text = new string('x', 50_000);

        var reply = await ChatAsync(host, Marketer, text, session: "s-long");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Your message is 50,000 characters; the limit is 2,000. Please shorten it.", reply.Body.GetProperty("text").GetString());
        var logged = Assert.Single(await Log(host).SessionAsync(Acme, "s-long"));
        Assert.InRange(logged.Query.Length, 1, 2_000);
        Assert.StartsWith("[not read: 50,000 characters", logged.Query, StringComparison.Ordinal);
        var session = await Sessions(host).LoadAsync(Acme, "s-long");
        Assert.All(session!.Turns, t => Assert.InRange(t.Text.Length, 0, 2_000));
    }

    [Theory]
    [InlineData("/api/chat")]
    [InlineData("/api/chat/stream")]
    [InlineData("/api/segments")]
    [InlineData("/api/segments/estimate")]
    [InlineData("/api/skills/help/activate")]
    public async Task A_body_over_the_limit_is_413_whether_it_declares_its_length_or_not(string path)
    {
        var declared = await PostLargeAsync(api.Client, path, 31 * 1024 * 1024, chunked: false);
        var chunked = await PostLargeAsync(api.Client, path, 2 * 1024 * 1024, chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked);
    }

    [Fact]
    public async Task A_chat_body_over_64_KB_is_413_and_leaves_nothing_behind()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);
        var body = JsonSerializer.Serialize(new { tenant = Acme, user = Marketer, session = "s-huge", text = new string('y', 70_000) });

        var response = await host.Client.SendAsync(HttpMethod.Post, "/api/chat", null, body);

        AssertProblem(HttpStatusCode.RequestEntityTooLarge, "Request too large", response);
        Assert.Empty(await Log(host).SessionAsync(Acme, "s-huge"));
    }

    [Fact]
    public async Task Senders_who_are_not_enrolled_are_turned_away_limited_by_address_and_leave_nothing_behind()
    {
        await using var host = await RestApiHost.StartAsync(api.Root, new Dictionary<string, string> { ["Channels:UnknownSenderTurnsPerMinute"] = "5" });

        var replies = new List<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)>();
        for (var i = 0; i < 8; i++)
        {
            replies.Add(await ChatAsync(host, "nobody@evil", new string('z', 1_500), session: $"s-evil-{i}"));
        }

        AssertProblem(HttpStatusCode.Forbidden, "User not enrolled", replies[0]);
        Assert.Equal(5, replies.Count(r => r.Status == HttpStatusCode.Forbidden));
        Assert.Equal(3, replies.Count(r => r.Status == HttpStatusCode.TooManyRequests));
        Assert.NotNull(replies[^1].Response.Headers.RetryAfter);
        Assert.Empty(await Log(host).RecentAsync(Acme, DateTimeOffset.MinValue, 10));
        Assert.Null(await Sessions(host).LoadAsync(Acme, "s-evil-0"));
    }

    [Fact]
    public async Task A_session_keeps_only_its_latest_turns_and_counts_the_rest()
    {
        await using var host = await RestApiHost.StartAsync(api.Root, new Dictionary<string, string> { ["Conversation:MaxTurnsPerSession"] = "6" });

        for (var i = 0; i < 5; i++)
        {
            await ChatAsync(host, Marketer, "list my segments", session: "s-capped");
        }

        var session = await Sessions(host).LoadAsync(Acme, "s-capped");
        Assert.Equal(6, session!.Turns.Count);
        Assert.Equal(4, session.EarlierTurns);
        Assert.Equal([5, 6, 7, 8, 9, 10], session.Turns.Select(t => t.Number));
        Assert.Equal([1, 3, 5, 7, 9], (await Log(host).SessionAsync(Acme, "s-capped")).Select(t => t.Turn));
    }

    [Fact]
    public async Task A_retried_message_with_the_same_idempotency_key_is_answered_again_but_applied_once()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);
        await ChatAsync(host, Marketer, "customers in Ohio", session: "s-retry");

        var first = await ChatAsync(host, Marketer, "only gold members", session: "s-retry", idempotencyKey: "msg-42");
        var retry = await ChatAsync(host, Marketer, "only gold members", session: "s-retry", idempotencyKey: "msg-42");
        var byField = await ChatAsync(host, Marketer, "only gold members", session: "s-retry", messageId: "msg-42");

        Assert.Equal(first.Body.GetProperty("text").GetString(), retry.Body.GetProperty("text").GetString());
        Assert.Equal(first.Body.GetProperty("text").GetString(), byField.Body.GetProperty("text").GetString());
        Assert.Equal(first.Body.GetProperty("kind").GetString(), retry.Body.GetProperty("kind").GetString());
        Assert.Equal([1, 3], (await Log(host).SessionAsync(Acme, "s-retry")).Select(t => t.Turn));
        Assert.Equal(4, (await Sessions(host).LoadAsync(Acme, "s-retry"))!.Turns.Count);
    }

    [Fact]
    public async Task Concurrent_copies_of_one_message_are_applied_once()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);
        await ChatAsync(host, Marketer, "customers in Ohio", session: "s-race");

        var copies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ChatAsync(host, Marketer, "only gold members", session: "s-race", idempotencyKey: "msg-race")));

        Assert.All(copies, c => Assert.Equal(HttpStatusCode.OK, c.Status));
        Assert.Single(copies.Select(c => c.Body.GetProperty("text").GetString()).Distinct());
        Assert.Equal([1, 3], (await Log(host).SessionAsync(Acme, "s-race")).Select(t => t.Turn));
    }

    [Fact]
    public async Task A_first_message_without_a_session_is_retried_into_the_same_session()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);

        var first = await ChatAsync(host, Marketer, "customers in Ohio", session: null, idempotencyKey: "first-message");
        var retry = await ChatAsync(host, Marketer, "customers in Ohio", session: null, idempotencyKey: "first-message");

        var session = first.Body.GetProperty("session_id").GetString()!;
        Assert.Equal(session, retry.Body.GetProperty("session_id").GetString());
        Assert.Single(await Log(host).SessionAsync(Acme, session));
    }

    [Fact]
    public async Task Bad_session_and_message_ids_are_400_naming_the_field()
    {
        var longSession = await ChatAsync(api, Marketer, "gold members", session: new string('s', 500));
        var spacedKey = await ChatAsync(api, Marketer, "gold members", session: "s-ok", idempotencyKey: "has spaces");

        AssertProblem(HttpStatusCode.BadRequest, "Invalid chat message", longSession);
        Assert.Equal(["session"], ErrorPaths(longSession.Body));
        Assert.Equal(["Idempotency-Key"], ErrorPaths(spacedKey.Body));
    }

    [Fact]
    public async Task A_channel_id_given_as_the_user_acts_and_is_stored_as_the_tenant_user()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);

        var reply = await ChatAsync(host, MarketerSlackId, "customers in Ohio", session: "s-alias");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(Marketer, Assert.Single(await Log(host).SessionAsync(Acme, "s-alias")).UserId);
        Assert.Equal(Marketer, (await Sessions(host).LoadAsync(Acme, "s-alias"))!.UserId);
    }

    [Fact]
    public async Task Erasure_covers_every_alias_of_the_user()
    {
        await using var host = await RestApiHost.StartAsync(api.Root);
        await ChatAsync(host, MarketerSlackId, "customers in Ohio", session: "s-forget");

        // A row written under the Slack id before identities were normalised at admission.
        await Log(host).RecordTurnAsync(new TurnRecord
        {
            TenantId = Acme, UserId = MarketerSlackId, SessionId = "s-legacy", Turn = 1, Channel = "web", Query = "customers in Texas",
            AsOf = RestApiFixture.AsOf, ReplyKind = "segment", At = DateTimeOffset.UtcNow,
        });

        var erased = await ChatAsync(host, Admin, $"erase all data about user {Marketer}", session: "s-admin");
        var legacy = await Log(host).SessionAsync(Acme, "s-legacy");
        var forgotten = await Log(host).SessionAsync(Acme, "s-forget");
        var afterwards = await ChatAsync(host, Marketer, "explain it", session: "s-forget");

        Assert.StartsWith("Erased what was stored", erased.Body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(legacy, t => Assert.NotEqual(MarketerSlackId, t.UserId));
        Assert.All(forgotten, t => Assert.NotEqual(Marketer, t.UserId));
        Assert.DoesNotContain("Ohio", afterwards.Body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static IInteractionLog Log(RestApiHost host) => host.App.Services.GetRequiredService<IInteractionLog>();

    private static ISessionStore Sessions(RestApiHost host) => host.App.Services.GetRequiredService<ISessionStore>();

    private static Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> ChatAsync(
        RestApiHost host, string user, string text, string? session, string? idempotencyKey = null, string? messageId = null) =>
        ChatAsync(host.Client, user, text, session, idempotencyKey, messageId);

    private static Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> ChatAsync(
        RestApiFixture fixture, string user, string text, string? session, string? idempotencyKey = null) =>
        ChatAsync(fixture.Client, user, text, session, idempotencyKey, null);

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> ChatAsync(
        HttpClient client, string user, string text, string? session, string? idempotencyKey, string? messageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { tenant = Acme, user, session, text, message_id = messageId, as_of = "2026-11-22" }),
                Encoding.UTF8,
                "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    private static async Task<HttpStatusCode> PostLargeAsync(HttpClient client, string path, int bytes, bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FillerContent(bytes, chunked) };
        request.Headers.Add("X-SegmentAI-Tenant", Acme);
        request.Headers.Add("X-SegmentAI-User", Admin);

        // The host answers before reading an oversized body; with 100-continue the client never sends it.
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A JSON-looking body of a given size, streamed rather than held in memory.</summary>
    private sealed class FillerContent : HttpContent
    {
        private readonly int _bytes;
        private readonly bool _chunked;

        public FillerContent(int bytes, bool chunked)
        {
            _bytes = bytes;
            _chunked = chunked;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var block = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            await stream.WriteAsync("{\"text\": \""u8.ToArray());
            for (var sent = 0; sent < _bytes; sent += block.Length)
            {
                await stream.WriteAsync(block.AsMemory(0, Math.Min(block.Length, _bytes - sent)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes + 10;
            return !_chunked;
        }
    }
}
