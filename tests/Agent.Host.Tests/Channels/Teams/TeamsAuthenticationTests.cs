using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentAI.Host.Tests.Chat;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Bot Connector tokens on /api/messages, checked against keys the test generates and serves as OpenID metadata.</summary>
public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private readonly EchoConversationEngine _engine = new();
    private TeamsWebApp _web = null!;

    public async Task InitializeAsync() => _web = await TeamsWebApp.StartAsync(_engine);

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_message_answered()
    {
        var response = await _web.PostAsync(Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _web.Connector.WaitForMessagesAsync(1));
        Assert.Equal("echo: hello", reply.Text);
    }

    [Fact]
    public async Task A_request_without_authorization_is_401_with_problem_details()
    {
        var response = await _web.PostAsync(Message("hello"), token: "");

        await AssertRejectedAsync(response, HttpStatusCode.Unauthorized, "no Authorization header");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var token = _web.Token((_, claims) =>
        {
            claims["exp"] = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();
            claims["nbf"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
        });

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "expired");
    }

    [Fact]
    public async Task A_token_that_expired_within_the_clock_skew_is_accepted()
    {
        var token = _web.Token((_, claims) => claims["exp"] = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds());

        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(Message("hello"), token)).StatusCode);
    }

    [Fact]
    public async Task A_token_not_valid_yet_is_401()
    {
        var token = _web.Token((_, claims) => claims["nbf"] = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds());

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "not valid yet");
    }

    [Fact]
    public async Task A_token_for_another_bot_is_401()
    {
        var token = _web.Token((_, claims) => claims["aud"] = "5e9b1f7c-0000-4000-8000-000000000000");

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "audience");
    }

    [Fact]
    public async Task A_token_listing_the_bot_among_several_audiences_is_accepted()
    {
        var token = _web.Token((_, claims) => claims["aud"] = new JsonArray("api://other", TeamsWebApp.AppId));

        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(Message("hello"), token)).StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        var token = _web.Token((_, claims) => claims["iss"] = "https://sts.windows.net/6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14/");

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "not issued by https://api.botframework.com");
    }

    [Fact]
    public async Task A_token_with_a_tampered_payload_fails_its_signature_and_is_401()
    {
        var parts = _web.Token().Split('.');
        var forged = _web.Token((_, claims) => claims["serviceurl"] = "https://attacker.example/").Split('.');

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), $"{parts[0]}.{forged[1]}.{parts[2]}"), HttpStatusCode.Unauthorized, "signature");
    }

    [Fact]
    public async Task A_token_signed_by_a_key_the_metadata_does_not_list_is_401()
    {
        using var stranger = new TestSigningKey("unknown-key", "msteams");
        var token = BotTokens.Mint(stranger, TeamsWebApp.AppId, _web.Connector.ServiceUrl);

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "key");
    }

    [Fact]
    public async Task A_token_claiming_a_listed_key_id_but_signed_by_another_key_is_401()
    {
        using var impostor = new TestSigningKey(_web.Key.Id, "msteams");
        var token = BotTokens.Mint(impostor, TeamsWebApp.AppId, _web.Connector.ServiceUrl);

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "signature");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    [InlineData("RS512")]
    public async Task Tokens_with_any_algorithm_but_RS256_are_401(string algorithm)
    {
        var token = _web.Token((header, _) => header["alg"] = algorithm);

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Unauthorized, "RS256");
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Malformed_authorization_headers_are_401(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Message("hello").ToJsonString()) };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        await AssertRejectedAsync(await _web.Client.SendAsync(request), HttpStatusCode.Unauthorized, "");
    }

    [Fact]
    public async Task A_key_not_endorsed_for_msteams_is_403()
    {
        using var webChatKey = new TestSigningKey("webchat-key", "webchat", "directline");
        _web.Connector.AddKey(webChatKey);
        var token = BotTokens.Mint(webChatKey, TeamsWebApp.AppId, _web.Connector.ServiceUrl);

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Forbidden, "endorsed");
    }

    [Fact]
    public async Task A_token_for_another_service_url_is_403_and_nothing_is_sent_anywhere()
    {
        var token = _web.Token((_, claims) => claims["serviceurl"] = "https://smba.trafficmanager.net/emea/");

        await AssertRejectedAsync(await _web.PostAsync(Message("hello"), token), HttpStatusCode.Forbidden, "serviceurl");
        Assert.Equal(0, _web.Connector.ActivityAttempts);
    }

    [Fact]
    public async Task An_activity_pointing_at_another_service_url_than_its_token_is_403()
    {
        var activity = Message("hello").With("serviceUrl", "http://127.0.0.1:9/internal/");

        await AssertRejectedAsync(await _web.PostAsync(activity), HttpStatusCode.Forbidden, "serviceurl");
        Assert.Empty(_engine.Requests);
    }

    [Fact]
    public async Task Signing_keys_are_fetched_once_and_an_unknown_key_id_does_not_refetch_within_the_minimum_interval()
    {
        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(Message("one", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _web.PostAsync(Message("two", "2"))).StatusCode);
        using var stranger = new TestSigningKey("rotated-key", "msteams");
        for (var i = 0; i < 3; i++)
        {
            var token = BotTokens.Mint(stranger, TeamsWebApp.AppId, _web.Connector.ServiceUrl);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _web.PostAsync(Message("three", "3"), token)).StatusCode);
        }

        Assert.Equal(1, _web.Connector.JwksRequests);
    }

    private JsonObject Message(string text, string id = "1485983408511") => TeamsActivities.PersonalMessage(_web.Connector.ServiceUrl, text, id);

    private static async Task AssertRejectedAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
