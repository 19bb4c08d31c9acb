using System.Net;
using System.Text.Json;
using SegmentAI.Host.Channels.Slack;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>POST /api/slack/interactions: button clicks become chat text in the thread's session, answered through response_url.</summary>
public sealed class SlackInteractionsTests
{
    private const string Thread = "1700002000.000100";

    private static async Task<(SlackWebApp App, ScriptedEngine Engine, SlackCall Question)> AskAsync()
    {
        var engine = new ScriptedEngine();
        var app = await SlackWebApp.StartAsync(engine);
        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("ask what recent means", Thread)))).Dispose();
        return (app, engine, await app.Slack.NextCallAsync());
    }

    [Fact]
    public async Task A_clarification_button_answers_the_question_in_the_same_session_through_response_url()
    {
        var (app, engine, question) = await AskAsync();
        await using var _ = app;

        using var ack = await app.ClickAsync(question.Buttons[SlackActions.Option(1)], Thread, "trigger-1");
        var answer = await app.Slack.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("response_url", answer.Method);
        Assert.Equal(string.Empty, answer.Authorization);
        Assert.False(answer.Body.GetProperty("replace_original").GetBoolean());
        Assert.Equal("in_channel", answer.Body.GetProperty("response_type").GetString());
        Assert.Equal(Thread, answer.ThreadTs);
        Assert.Equal("echo: the last 30 days", answer.Text);
        Assert.Equal(["ask what recent means", "the last 30 days"], engine.Requests.Select(r => r.Text));
        Assert.Equal(engine.Requests[0].SessionId, engine.Requests[1].SessionId);
    }

    [Fact]
    public async Task Save_explain_and_rating_buttons_say_what_the_engine_understands()
    {
        var engine = new ScriptedEngine();
        await using var app = await SlackWebApp.StartAsync(engine);
        (await app.PostEventAsync(app.Envelope(SlackWebApp.Mention("segment", Thread)))).Dispose();
        var segment = await app.Slack.NextCallAsync();

        foreach (var (action, trigger) in new[] { (SlackActions.Save, "t-save"), (SlackActions.Explain, "t-explain"), (SlackActions.ThumbsUp, "t-up"), (SlackActions.ThumbsDown, "t-down") })
        {
            (await app.ClickAsync(segment.Buttons[action], Thread, trigger)).Dispose();
            await app.Slack.NextCallAsync();
        }

        Assert.Equal(["segment", $"save it as {ScriptedEngine.Name}", "explain it", "👍", "👎"], engine.Requests.Select(r => r.Text));
        Assert.Single(engine.Requests.Select(r => r.SessionId).Distinct());
    }

    [Fact]
    public async Task A_click_delivered_twice_is_answered_once()
    {
        var (app, engine, question) = await AskAsync();
        await using var _ = app;

        (await app.ClickAsync(question.Buttons[SlackActions.Option(1)], Thread, "trigger-twice")).Dispose();
        (await app.ClickAsync(question.Buttons[SlackActions.Option(1)], Thread, "trigger-twice")).Dispose();
        (await app.ClickAsync(question.Buttons[SlackActions.Option(2)], Thread, "trigger-other")).Dispose();
        var answers = new[] { await app.Slack.NextCallAsync(), await app.Slack.NextCallAsync() };

        Assert.Equal(["echo: the last 30 days", "echo: the last 90 days"], answers.Select(a => a.Text));
        Assert.Equal(3, engine.Requests.Count);
        Assert.Equal(3, app.Slack.Calls.Count);
    }

    [Theory]
    [InlineData("https://attacker.example.com/hooks/actions/T0ACMERTL/1")]
    [InlineData("http://hooks.slack.com/actions/T0ACMERTL/1")]
    [InlineData("https://hooks.slack.com.attacker.example/actions/T0ACMERTL/1")]
    public async Task A_response_url_outside_slack_is_refused(string responseUrl)
    {
        var (app, engine, question) = await AskAsync();
        await using var _ = app;

        using var response = await app.ClickAsync(question.Buttons[SlackActions.Option(1)], Thread, "trigger-ssrf", responseUrl: responseUrl);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("is not allowed", problem.GetProperty("errors").GetProperty("response_url")[0].GetString(), StringComparison.Ordinal);
        Assert.Single(engine.Requests);
        Assert.Single(app.Slack.Calls);
    }

    [Fact]
    public async Task An_unsigned_click_is_rejected()
    {
        var (app, engine, _) = await AskAsync();
        await using var __ = app;
        var body = "payload=" + Uri.EscapeDataString("""{"type":"block_actions"}""");

        using var response = await app.PostSignedAsync(SlackEndpoints.InteractionsPath, body, "application/x-www-form-urlencoded", null, signature: "v0=" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(engine.Requests);
    }

    [Fact]
    public async Task A_click_without_its_user_is_a_validation_problem_naming_the_field()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            team = new { id = SlackWebApp.Team },
            channel = new { id = "C0GENERAL" },
            message = new { ts = Thread },
            actions = new[] { new { action_id = SlackActions.Explain, value = "explain" } },
            response_url = app.Slack.ResponseUrl("x").ToString(),
            trigger_id = "t-1",
        });

        using var response = await app.PostSignedAsync(SlackEndpoints.InteractionsPath, "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("user.id is required in a block_actions payload", problem.GetProperty("errors").GetProperty("user.id")[0].GetString());
    }

    [Fact]
    public async Task A_form_without_a_payload_is_a_validation_problem()
    {
        await using var app = await SlackWebApp.StartAsync(new ScriptedEngine());

        using var response = await app.PostSignedAsync(SlackEndpoints.InteractionsPath, "token=x&team_id=T0ACMERTL", "application/x-www-form-urlencoded", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("payload", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
