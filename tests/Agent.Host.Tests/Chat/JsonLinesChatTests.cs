using System.Text.Json;
using SegmentAI.Host.CommandLine;
using SegmentAI.Host.CommandLine.Chat;
using SegmentAI.Skills.Conversation.Pipeline;

namespace SegmentAI.Host.Tests.Chat;

public sealed class JsonLinesChatTests
{
    private readonly EchoConversationEngine _engine = new();

    [Fact]
    public async Task Writes_one_json_line_per_message_and_ignores_blank_lines()
    {
        var output = new StringWriter { NewLine = "\n" };

        var exit = await JsonLinesChat.RunAsync(Conversation(session: null), new StringReader("hello\n\n   \nsegment of baby buyers\n"), output);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("answer", JsonDocument.Parse(lines[0]).RootElement.GetProperty("kind").GetString());
        Assert.Equal("segment", JsonDocument.Parse(lines[1]).RootElement.GetProperty("kind").GetString());
        Assert.Equal(["hello", "segment of baby buyers"], _engine.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task Every_request_is_a_trusted_cli_request_in_one_generated_session()
    {
        var conversation = Conversation(session: null, asOf: new DateOnly(2026, 11, 22), warehouse: "/tmp/acme.duckdb");

        await JsonLinesChat.RunAsync(conversation, new StringReader("one\ntwo\n"), TextWriter.Null);

        Assert.All(_engine.Requests, r =>
        {
            Assert.Equal("acme-retail", r.TenantId);
            Assert.Equal(ChatCommand.DefaultUser, r.UserId);
            Assert.Equal("cli", r.Channel);
            Assert.True(r.TrustUnknownUsers);
            Assert.Equal(new DateOnly(2026, 11, 22), r.AsOf);
            Assert.Equal("/tmp/acme.duckdb", r.Warehouse);
        });
        Assert.Single(_engine.Requests.Select(r => r.SessionId).Distinct());
        Assert.StartsWith("cli-", _engine.Requests[0].SessionId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_given_session_is_used_as_is()
    {
        await JsonLinesChat.RunAsync(Conversation(session: "s-42"), new StringReader("hi"), TextWriter.Null);

        Assert.Equal("s-42", Assert.Single(_engine.Requests).SessionId);
    }

    [Fact]
    public async Task An_engine_failure_is_an_error_reply_so_every_message_still_gets_one_line()
    {
        var output = new StringWriter { NewLine = "\n" };

        await JsonLinesChat.RunAsync(Conversation(session: "s-1"), new StringReader("fail now\nhi\n"), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var error = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("error", error.GetProperty("kind").GetString());
        Assert.Equal("s-1", error.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task An_engine_failure_reply_carries_a_trace_id_and_never_the_exception_text()
    {
        var output = new StringWriter { NewLine = "\n" };

        await JsonLinesChat.RunAsync(Conversation(session: "s-1"), new StringReader("fail now\n"), output);

        var text = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("text").GetString()!;
        Assert.Matches("^Something unexpected went wrong on our side, so nothing was changed\\. .*trace id: [0-9a-f]{32}\\.$", text);
        Assert.DoesNotContain("the engine broke", text, StringComparison.Ordinal);
    }

    private CommandLineConversation Conversation(string? session, DateOnly? asOf = null, string? warehouse = null) =>
        new(new ConversationEngineBuilder(_engine).UseErrorReplies().Build(), "acme-retail", ChatCommand.DefaultUser, session, asOf, warehouse);
}
