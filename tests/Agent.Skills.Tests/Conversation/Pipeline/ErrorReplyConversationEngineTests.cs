using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation.Pipeline;

public sealed class ErrorReplyConversationEngineTests
{
    [Fact]
    public async Task A_failure_is_an_error_reply_with_a_trace_id_that_the_error_log_names_and_no_exception_text()
    {
        var logs = new RecordingLoggerFactory();
        var engine = new ConversationEngineBuilder(ScriptedConversationEngine.Throwing(new InvalidOperationException("secret connection string")))
            .UseErrorReplies(logs)
            .Build();

        var reply = await engine.HandleAsync(new ChatRequest("acme-retail", "marco.marketer@acme", "s-9", "gold members", "slack"));

        Assert.Equal((ReplyKind.Error, "s-9"), (reply.Kind, reply.SessionId));
        Assert.StartsWith("Something unexpected went wrong on our side, so nothing was changed.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Failed, reply.Error?.Code);
        Assert.Matches("^[0-9a-f]{32}$", reply.Error!.TraceId);
        Assert.EndsWith($"trace id: {reply.Error.TraceId}.", reply.Text, StringComparison.Ordinal);
        var logged = Assert.Single(logs.Logger.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.Contains(reply.Error.TraceId!, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memory_out_of_reach_says_so_and_a_first_turn_still_names_a_session()
    {
        var engine = new ConversationEngineBuilder(ScriptedConversationEngine.Throwing(new MemoryUnavailableException("redis", "the server did not answer")))
            .UseErrorReplies()
            .Build();

        var reply = await engine.HandleAsync(new ChatRequest("acme-retail", "marco.marketer@acme", null, "gold members"));

        Assert.Equal(ErrorCodes.MemoryUnavailable, reply.Error?.Code);
        Assert.StartsWith("I'm temporarily unable to reach my memory, so nothing was changed.", reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("s-", reply.SessionId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_caller_still_gets_the_cancellation()
    {
        var engine = new ConversationEngineBuilder(ScriptedConversationEngine.Echo()).UseErrorReplies().Build();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.HandleAsync(new ChatRequest("acme-retail", "u", "s-1", "hi"), cancelled.Token));
    }

    [Fact]
    public async Task Answers_pass_through_unchanged()
    {
        var engine = new ConversationEngineBuilder(ScriptedConversationEngine.Echo()).UseErrorReplies().Build();

        var reply = await engine.HandleAsync(new ChatRequest("acme-retail", "u", "s-1", "hi"));

        Assert.Equal(("echo: hi", null), (reply.Text, reply.Error));
    }
}
