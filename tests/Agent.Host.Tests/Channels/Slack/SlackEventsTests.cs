using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Host.Admission;
using SegmentAI.Host.Channels;
using SegmentAI.Host.Channels.Slack;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>POST /api/slack/events on the real web app, answering through a loopback stand-in for the Slack Web API.</summary>
public sealed class SlackEventsTests
{
    private static readonly KeyValuePair<string, string>[] Retry = [new("X-Slack-Retry-Num", "1"), new("X-Slack-Retry-Reason", "http_timeout")];

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Session(string conversation, string user = SlackWebApp.Marco) =>
        ChannelSessions.For(ChannelNames.Slack, SlackWebApp.Team, conversation, user);

    [Fact]
    public async Task Answers_404_saying_what_to_set_when_slack_is_not_configured()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine(), configured: false);

        using var response = await app.PostEventAsync(new { type = "url_verification", challenge = "c" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Slack channel is not configured: set Slack:SigningSecret and Slack:BotToken", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Answers_404_when_slack_is_turned_off()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine(), settings: ["--Slack:Enabled=false"]);

        using var response = await app.PostEventAsync(new { type = "url_verification", challenge = "c" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Slack channel is disabled", problem.GetProperty("title").GetString());
        Assert.Contains("Slack:Enabled", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_503_when_the_host_has_no_conversation_engine()
    {
        await using var app = await SlackWebApp.StartAsync(services: services => services.RemoveAll<IConversationEngine>());

        using var response = await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("segment", "1700000050.000100")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Conversation engine unavailable", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Echoes_the_url_verification_challenge()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());

        using var response = await app.PostEventAsync(new { token = "t", challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type = "url_verification" });

        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Rejects_a_request_with_a_wrong_signature_before_reading_its_body()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());
        var timestamp = SlackWebApp.Now();

        using var response = await app.PostSignedAsync(
            SlackEndpoints.EventsPath, "this is not JSON", "application/json", null, timestamp, SlackWebApp.Sign(timestamp, "this is not JSON", "another-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Invalid Slack signature", problem.GetProperty("title").GetString());
        Assert.Contains("Slack:SigningSecret", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_request_without_signature_headers()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());
        using var content = new StringContent("{}");

        using var response = await app.Client.PostAsync(SlackEndpoints.EventsPath, content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Missing Slack signature", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Rejects_a_correctly_signed_request_replayed_after_five_minutes()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());
        var body = JsonSerializer.Serialize(app.Envelope(SlackWebApp.Mention("segment", "1700000100.000100")));
        var old = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 600).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await app.PostSignedAsync(SlackEndpoints.EventsPath, body, "application/json", null, old);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Stale Slack request", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_event_envelope_is_a_validation_problem()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());

        using var response = await app.PostSignedAsync(SlackEndpoints.EventsPath, "[1, 2", "application/json", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a Slack event envelope", (await ProblemAsync(response)).GetProperty("errors").GetProperty("$")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_in_its_thread_with_block_kit()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);

        using var response = await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("segment of Home &amp; Garden", "1700000100.000100")));
        var call = await app.Slack.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + SlackWebApp.BotToken, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("C0GENERAL", call.Body.GetProperty("channel").GetString());
        Assert.Equal("1700000100.000100", call.ThreadTs);
        Assert.Equal(["section", "section", "context", "section", "actions"], call.BlockTypes);
        Assert.Contains("*Home &amp; Garden &lt;VIP&gt; shoppers*", call.AllText, StringComparison.Ordinal);
        Assert.Contains("c.total_spend &gt; 500 AND c.returns &lt; 3", call.AllText, StringComparison.Ordinal);
        Assert.Equal([SlackActions.Save, SlackActions.Explain, SlackActions.ThumbsUp, SlackActions.ThumbsDown], call.Buttons.Keys);
        var request = Assert.Single(engine.Requests);
        Assert.Equal("segment of Home &amp; Garden", request.Text);
        Assert.Equal(("acme-retail", "marco.marketer@acme", ChannelNames.Slack), (request.TenantId, request.UserId, request.Channel));
        Assert.Equal(Session("C0GENERAL:1700000100.000100"), request.SessionId);
    }

    [Fact]
    public async Task A_follow_up_in_the_thread_continues_the_threads_conversation()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("segment", "1700000100.000100")))).Dispose();
        await app.Slack.NextCallAsync();
        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("only gold", "1700000100.000300", threadTs: "1700000100.000100")))).Dispose();
        var second = await app.Slack.NextCallAsync();

        Assert.Equal("1700000100.000100", second.ThreadTs);
        Assert.Equal(engine.Requests[0].SessionId, engine.Requests[1].SessionId);
        Assert.Equal("only gold", engine.Requests[1].Text);
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_its_thread()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);
        var message = new { type = "message", channel = "D0MARCO", user = SlackWebApp.Marco, text = "hello there", ts = "1700000200.000100", channel_type = "im", team = SlackWebApp.Team };

        (await app.PostEventAsync(app.Envelope(message))).Dispose();
        var call = await app.Slack.NextCallAsync();

        Assert.Equal("D0MARCO", call.Body.GetProperty("channel").GetString());
        Assert.Equal("1700000200.000100", call.ThreadTs);
        Assert.Equal("echo: hello there", call.Text);
        Assert.Equal(Session("D0MARCO:1700000200.000100"), Assert.Single(engine.Requests).SessionId);
    }

    [Fact]
    public async Task The_bots_own_messages_other_bots_edits_unmentioned_messages_and_other_events_are_acknowledged_and_ignored()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);
        object[] ignored =
        [
            new { type = "message", channel = "D0MARCO", user = SlackWebApp.BotUserId, text = "echo: hi", ts = "1700000300.000001", channel_type = "im" },
            new { type = "message", subtype = "bot_message", channel = "D0MARCO", bot_id = "B0OTHER", text = "beep", ts = "1700000300.000002", channel_type = "im" },
            new { type = "message", channel = "D0MARCO", user = "U0OTHERBOT", bot_id = "B0OTHER", text = "beep", ts = "1700000300.000003", channel_type = "im" },
            new { type = "message", subtype = "message_changed", channel = "D0MARCO", text = "edited", ts = "1700000300.000004", channel_type = "im" },
            new { type = "message", subtype = "message_deleted", channel = "D0MARCO", ts = "1700000300.000005", channel_type = "im" },
            new { type = "message", channel = "C0GENERAL", user = SlackWebApp.Marco, text = "talking to people", ts = "1700000300.000006", channel_type = "channel" },
            new { type = "channel_created", channel = new { id = "C0NEW", name = "new", creator = SlackWebApp.Marco } },
            new { type = "message", channel = new { id = "D0MARCO" }, user = SlackWebApp.Marco, ts = "1700000300.000008", channel_type = "im" },
        ];

        foreach (var slackEvent in ignored)
        {
            using var response = await app.PostEventAsync(app.Envelope(slackEvent));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        (await app.PostEventAsync(app.Envelope(new { type = "message", channel = "D0MARCO", user = SlackWebApp.Marco, text = "hi", ts = "1700000300.000007", channel_type = "im" }))).Dispose();
        var call = await app.Slack.NextCallAsync();

        Assert.Equal("echo: hi", call.Text);
        Assert.Equal("hi", Assert.Single(engine.Requests).Text);
        Assert.Single(app.Slack.Calls);
    }

    [Fact]
    public async Task A_retried_event_is_answered_once()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);
        var first = app.Envelope(SlackWebApp.Mention("first", "1700000400.000100"), eventId: "Ev0RETRIED");

        (await app.PostEventAsync(first)).Dispose();
        using var retry = await app.PostEventAsync(first, Retry);
        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("second", "1700000400.000200", threadTs: "1700000400.000100")))).Dispose();
        var replies = new[] { await app.Slack.NextCallAsync(), await app.Slack.NextCallAsync() };

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(["echo: first", "echo: second"], replies.Select(r => r.Text));
        Assert.Equal(["first", "second"], engine.Requests.Select(r => r.Text));
        Assert.Equal(2, app.Slack.Calls.Count);
    }

    [Theory]
    [InlineData("U0STRANGER", SlackWebApp.Team)]
    [InlineData(SlackWebApp.Marco, "T0ELSEWHERE")]
    public async Task A_sender_who_is_not_enrolled_is_told_how_to_get_enrolled(string user, string team)
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);
        var envelope = JsonSerializer.SerializeToNode(app.Envelope(SlackWebApp.Mention("segment", "1700000500.000100", user)))!;
        envelope["team_id"] = team;

        (await app.PostEventAsync(envelope)).Dispose();
        var call = await app.Slack.NextCallAsync();

        Assert.Equal("1700000500.000100", call.ThreadTs);
        Assert.Contains("not enrolled", call.AllText, StringComparison.Ordinal);
        Assert.Contains(user, call.AllText, StringComparison.Ordinal);
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public async Task The_acknowledgement_arrives_while_the_engine_is_still_working()
    {
        var engine = new ScriptedEngine();
        engine.Close();
        await using var app = await SlackWebApp.StartAsync(engine);

        using var response = await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("slow one", "1700000600.000100")));
        await engine.Started;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Slack.Calls);
        engine.Release();
        Assert.Equal("echo: slow one", (await app.Slack.NextCallAsync()).Text);
    }

    [Fact]
    public async Task A_long_turn_posts_working_on_it_and_replaces_it_with_the_answer()
    {
        var engine = new ScriptedEngine();
        engine.Close();
        await using var app = await SlackWebApp.StartAsync(engine, settings: ["--Channels:ProgressInterval=00:00:00.050"]);

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("segment", "1700000700.000100")))).Dispose();
        var placeholder = await app.Slack.NextCallAsync();
        engine.Release();
        var answer = await app.Slack.NextCallAsync();

        Assert.Equal(("chat.postMessage", "Working on it…", "1700000700.000100"), (placeholder.Method, placeholder.Text, placeholder.ThreadTs));
        Assert.Equal("chat.update", answer.Method);
        Assert.Equal(placeholder.AnsweredTs, answer.Body.GetProperty("ts").GetString());
        Assert.Equal("C0GENERAL", answer.Body.GetProperty("channel").GetString());
        Assert.Equal(["section", "section", "context", "section", "actions"], answer.BlockTypes);
        Assert.Equal(2, app.Slack.Calls.Count);
    }

    [Fact]
    public async Task A_post_slack_rate_limits_is_sent_again_after_retry_after()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());
        app.Slack.Script("chat.postMessage", response =>
        {
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = "0";
            return Task.CompletedTask;
        });

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("hello", "1700000800.000100")))).Dispose();
        var limited = await app.Slack.NextCallAsync();
        var delivered = await app.Slack.NextCallAsync();

        Assert.Null(limited.AnsweredTs);
        Assert.Equal(("chat.postMessage", "echo: hello"), (delivered.Method, delivered.Text));
        Assert.NotNull(delivered.AnsweredTs);
    }

    [Fact]
    public async Task A_reply_slack_refuses_with_ok_false_is_answered_when_slack_retries_the_event()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);
        app.Slack.Script("chat.postMessage", response => response.WriteAsJsonAsync(new { ok = false, error = "not_in_channel" }));
        var envelope = app.Envelope(SlackWebApp.Mention("hello", "1700000900.000100"), eventId: "Ev0REFUSED");

        (await app.PostEventAsync(envelope)).Dispose();
        var refused = await app.Slack.NextCallAsync();
        (await app.PostEventAsync(envelope, Retry)).Dispose();
        var delivered = await app.Slack.NextCallAsync();

        Assert.Null(refused.AnsweredTs);
        Assert.Equal("echo: hello", delivered.Text);
        Assert.NotNull(delivered.AnsweredTs);
        Assert.Equal(2, engine.Requests.Count);
    }

    [Fact]
    public async Task A_message_that_finds_the_queue_full_is_acknowledged_and_told_the_agent_is_busy()
    {
        var engine = new ScriptedEngine();
        engine.Close();
        await using var app = await SlackWebApp.StartAsync(engine, settings: ["--Slack:Workers=1", "--Slack:QueueCapacity=1"]);

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("running", "1700001100.000100")))).Dispose();
        await engine.Started;
        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("queued", "1700001100.000200")))).Dispose();
        using var overflow = await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("overflow", "1700001100.000300")));
        var busy = await app.Slack.NextCallAsync();
        engine.Release();
        var answers = new[] { await app.Slack.NextCallAsync(), await app.Slack.NextCallAsync() };

        Assert.Equal(HttpStatusCode.OK, overflow.StatusCode);
        Assert.Equal("1700001100.000300", busy.ThreadTs);
        Assert.StartsWith("I'm handling a lot of requests right now", busy.Text, StringComparison.Ordinal);
        Assert.Equal(["echo: running", "echo: queued"], answers.Select(a => a.Text));
        Assert.Equal(["running", "queued"], engine.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task Queued_turns_are_answered_before_the_host_stops()
    {
        var engine = new ScriptedEngine();
        engine.Close();
        await using var app = await SlackWebApp.StartAsync(engine);

        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("finish me", "1700001000.000100")))).Dispose();
        await engine.Started;
        var stopping = app.App.StopAsync();
        engine.Release();
        await stopping;

        Assert.Equal("echo: finish me", Assert.Single(app.Slack.Calls).Text);
    }
}
