using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SegmentAI.Host.Admission;
using SegmentAI.Host.Channels;
using SegmentAI.Host.CommandLine.Chat;
using SegmentAI.Host.Tests.Channels;
using SegmentAI.Host.Tests.Chat;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Admission;

/// <summary>Web, channels and the command line send messages through one admission pipeline, so limits and failures read the same.</summary>
public sealed partial class AdmissionPipelineTests
{
    [Fact]
    public async Task A_limit_reached_on_the_web_reads_the_same_on_slack_and_the_command_line_and_holds_there_too()
    {
        var engine = new EchoConversationEngine();
        await using var web = await ChatWebApp.StartAsync(engine);
        var limit = ChannelTenants.Repository().Get("acme-retail").Config.RateLimits.UserTurnsPerMinute;
        for (var i = 0; i < limit; i++)
        {
            using var answered = await SendWeb(web, "marco.marketer@acme");
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using var limitedWeb = await SendWeb(web, "marco.marketer@acme");
        var slack = new RecordingReplyTarget();
        var slackOutcome = await web.Services.GetRequiredService<ChannelConversation>().HandleAsync(
            new ChannelMessage(ChannelNames.Slack, ChannelTenants.AcmeSlackTeam, ChannelTenants.MarcoSlack, "s-slack", "hello", "Ev-limit"), slack);
        var cli = await new CommandLineConversation(Pipeline(web), "acme-retail", "marco.marketer@acme", "cli-1", null, null).SendAsync("hello");

        Assert.Equal(HttpStatusCode.TooManyRequests, limitedWeb.StatusCode);
        var webDetail = (await limitedWeb.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Equal(ChannelOutcome.RateLimited, slackOutcome);
        Assert.Equal(Shape(webDetail), Shape(Assert.Single(slack.Replies).Text));
        Assert.Equal(Shape(webDetail), Shape(cli.Text));
        Assert.Equal((ReplyKind.Error, ErrorCodes.RateLimited), (cli.Kind, cli.Error?.Code));
        Assert.True(cli.Error!.RetryAfterSeconds > 0);
        Assert.Equal(limit, engine.Requests.Count);
    }

    [Fact]
    public async Task An_engine_failure_reads_the_same_on_the_web_on_slack_and_on_the_command_line()
    {
        var engine = new EchoConversationEngine();
        await using var web = await ChatWebApp.StartAsync(engine);

        using var webResponse = await web.Client.PostAsJsonAsync("/api/chat", new { tenant = "acme-retail", user = "marco.marketer@acme", text = "fail now" });
        var webReply = await webResponse.Content.ReadFromJsonAsync<JsonElement>();
        var slack = new RecordingReplyTarget();
        var slackOutcome = await web.Services.GetRequiredService<ChannelConversation>().HandleAsync(
            new ChannelMessage(ChannelNames.Slack, ChannelTenants.AcmeSlackTeam, ChannelTenants.MarcoSlack, "s-slack", "fail now", "Ev-fail"), slack);
        var cli = await new CommandLineConversation(Pipeline(web), "acme-retail", "marco.marketer@acme", "cli-2", null, null).SendAsync("fail now");

        Assert.Equal(ChannelOutcome.Failed, slackOutcome);
        var texts = new[] { webReply.GetProperty("text").GetString()!, Assert.Single(slack.Replies).Text, cli.Text };
        Assert.Single(texts.Select(Shape).Distinct());
        Assert.StartsWith("Something unexpected went wrong on our side", texts[0], StringComparison.Ordinal);
        Assert.Equal("failed", webReply.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(webReply.GetProperty("error").GetProperty("trace_id").GetString(), TraceId().Match(texts[0]).Groups["id"].Value);
    }

    [Fact]
    public async Task A_stranger_on_a_channel_is_told_how_to_enrol_without_reaching_the_engine()
    {
        var engine = new EchoConversationEngine();
        await using var web = await ChatWebApp.StartAsync(engine);
        var target = new RecordingReplyTarget();

        var outcome = await web.Services.GetRequiredService<ChannelConversation>().HandleAsync(
            new ChannelMessage(ChannelNames.Slack, ChannelTenants.AcmeSlackTeam, "U0STRANGER", "s-x", "hello", "Ev-stranger"), target);

        Assert.Equal(ChannelOutcome.NotEnrolled, outcome);
        var reply = Assert.Single(target.Replies);
        Assert.Equal((ReplyKind.Refusal, ChannelConversation.NotEnrolledCategory), (reply.Kind, reply.Refusal?.Category));
        Assert.Contains("U0STRANGER", reply.Text, StringComparison.Ordinal);
        Assert.Empty(engine.Requests);
    }

    private static IConversationEngine Pipeline(ChatWebApp web) =>
        web.Services.GetRequiredKeyedService<IConversationEngine>(AdmissionServiceCollectionExtensions.PipelineKey);

    private static Task<HttpResponseMessage> SendWeb(ChatWebApp web, string user) =>
        web.Client.PostAsJsonAsync("/api/chat", new { tenant = "acme-retail", user, text = "hello" });

    // Numbers (seconds to wait, trace ids) differ between two replies; the words must not.
    private static string Shape(string text) => Numbers().Replace(text, "#");

    [GeneratedRegex("[0-9a-f]{32}|\\d+")]
    private static partial Regex Numbers();

    [GeneratedRegex("trace id: (?<id>[0-9a-f]{32})\\.$")]
    private static partial Regex TraceId();
}
