using System.Net;
using System.Text.Json;
using SegmentAI.Host.Tests.Chat;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Tests.Channels;

public sealed class WebChatLimitTests
{
    [Fact]
    public async Task A_web_user_over_the_tenant_yaml_limit_gets_429_with_retry_after_and_other_users_go_on()
    {
        var engine = new EchoConversationEngine();
        await using var web = await ChatWebApp.StartAsync(engine);
        var limit = ChannelTenants.Repository().Get("acme-retail").Config.RateLimits.UserTurnsPerMinute;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            using var response = await Send(web, "marco.marketer@acme");
            statuses.Add(response.StatusCode);
        }

        using var limited = await Send(web, "marco.marketer@acme");
        using var other = await Send(web, "priya.marketer@acme");

        Assert.All(statuses.Take(limit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Wait about", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(limit + 1, engine.Requests.Count);
    }

    [Fact]
    public async Task Limits_switched_off_in_configuration_let_every_message_through()
    {
        var engine = new EchoConversationEngine();
        await using var web = await ChatWebApp.StartAsync(engine, ["--Channels:RateLimitsEnabled", "false"]);
        var limit = RateLimits.DefaultUserTurnsPerMinute;

        for (var i = 0; i <= limit; i++)
        {
            using var response = await Send(web, "marco.marketer@acme");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> Send(ChatWebApp web, string user) =>
        web.Client.PostAsJsonAsync("/api/chat", new { tenant = "acme-retail", user, text = "hello" });
}
