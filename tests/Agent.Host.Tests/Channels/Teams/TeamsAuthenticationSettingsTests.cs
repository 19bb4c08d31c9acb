using System.Net;
using System.Text.Json;
using SegmentAI.Host.Tests.Chat;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>Authentication settings: key rotation, unreachable metadata, and the development mode without authentication.</summary>
public sealed class TeamsAuthenticationSettingsTests
{
    [Fact]
    public async Task A_token_signed_by_a_newly_rotated_key_is_accepted_after_refetching_the_keys()
    {
        await using var web = await TeamsWebApp.StartAsync(new EchoConversationEngine(), "--Teams:SigningKeyMinimumRefreshInterval=00:00:00");
        Assert.Equal(HttpStatusCode.OK, (await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "before", "1"))).StatusCode);
        using var rotated = new TestSigningKey("rotated-key", "msteams");
        web.Connector.AddKey(rotated);

        var response = await web.PostAsync(
            TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "after", "2"), BotTokens.Mint(rotated, TeamsWebApp.AppId, web.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, web.Connector.JwksRequests);
    }

    [Fact]
    public async Task Unreachable_openid_metadata_is_a_503_not_a_401()
    {
        await using var web = await TeamsWebApp.StartAsync(new EchoConversationEngine());
        web.Connector.MetadataAvailable = false;

        var response = await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("signing keys", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_authentication_disabled_a_request_with_no_token_is_refused()
    {
        await using var web = await TeamsWebApp.StartAsync(new EchoConversationEngine());

        var response = await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "hello"), token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Development_mode_accepts_activities_without_a_token_and_replies_without_one()
    {
        var engine = new EchoConversationEngine();
        await using var web = await TeamsWebApp.StartAsync(engine, "--Teams:Authentication:Disabled=true", "--Teams:AppId=", "--Teams:AppPassword=");

        var response = await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "hello"), token: "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await web.Connector.WaitForMessagesAsync(1));
        Assert.Equal("echo: hello", reply.Text);
        Assert.Null(reply.Authorization);
        Assert.Empty(web.Connector.TokenRequests);
    }

    [Fact]
    public async Task The_channel_is_off_by_default_and_says_how_to_configure_it()
    {
        await using var web = await ChatWebApp.StartAsync(new EchoConversationEngine());

        var response = await web.Client.PostAsync(
            "/api/messages", new StringContent(TeamsActivities.PersonalMessage("https://smba.trafficmanager.net/amer/", "hello").ToJsonString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Teams channel is not configured: set Teams:Enabled=true, Teams:AppId", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_conversation_engine_messages_are_a_503_and_the_host_still_starts()
    {
        await using var web = await TeamsWebApp.StartWithoutEngineAsync();

        var response = await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("No conversation engine", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
