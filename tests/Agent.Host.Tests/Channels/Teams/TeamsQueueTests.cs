using System.Net;
using System.Text.Json;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>The background queue: messages are acknowledged before they are answered, typing shows meanwhile, and shutdown drains it.</summary>
public sealed class TeamsQueueTests
{
    [Fact]
    public async Task A_message_is_acknowledged_while_its_turn_is_still_running_and_typing_is_shown()
    {
        var engine = new GatedConversationEngine();
        await using var web = await TeamsWebApp.StartAsync(engine);

        var response = await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "gold members"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await engine.Started;
        var typing = await web.Connector.WaitForAsync(all => all.Any(a => a.Type == "typing"));
        Assert.DoesNotContain(typing, a => a.Type == "message");
        var indicator = typing.First(a => a.Type == "typing");
        Assert.Equal(TeamsActivities.BotId, indicator.Body.GetProperty("from").GetProperty("id").GetString());
        Assert.EndsWith("/activities/1485983408511", indicator.RawTarget, StringComparison.Ordinal);

        engine.Release();
        Assert.Equal("done: gold members", Assert.Single(await web.Connector.WaitForMessagesAsync(1)).Text);
    }

    [Fact]
    public async Task Shutdown_answers_the_messages_already_admitted()
    {
        var engine = new GatedConversationEngine();
        var web = await TeamsWebApp.StartAsync(engine);
        try
        {
            await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "first", id: "1"));
            await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "second", id: "2"));
            await engine.Started;

            var stopping = web.StopAsync();
            engine.Release();
            await stopping;

            Assert.Equal(["done: first", "done: second"], web.Connector.Messages.Select(m => m.Text));
        }
        finally
        {
            await web.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_full_queue_turns_messages_away_with_503_and_retry_after()
    {
        var engine = new GatedConversationEngine();
        await using var web = await TeamsWebApp.StartAsync(engine, "--Teams:Workers=1", "--Teams:QueueCapacity=1");
        await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "running", id: "1"));
        await engine.Started;
        Assert.Equal(HttpStatusCode.OK, (await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "waiting", id: "2"))).StatusCode);

        var response = await web.PostAsync(TeamsActivities.PersonalMessage(web.Connector.ServiceUrl, "turned away", id: "3"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("send this one again", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        engine.Release();
        await web.Connector.WaitForMessagesAsync(2);
        Assert.Equal(["running", "waiting"], engine.Requests.Select(r => r.Text));
    }
}
