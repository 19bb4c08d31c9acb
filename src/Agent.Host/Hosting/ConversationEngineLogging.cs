using System.Diagnostics;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Host.Hosting;

/// <summary>
/// Runs a chat turn the same way on every channel (web, stream, command line, Slack, Teams): the same log events,
/// and an engine failure becomes one polite error reply in the same session, never an exception or its text.
/// </summary>
internal static class ConversationEngineLogging
{
    /// <summary>The reply to <paramref name="request"/>; throws only when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task<LoggedTurn> HandleLoggedAsync(
        this IConversationEngine engine, ChatRequest request, ILogger logger, CancellationToken cancellationToken = default)
    {
        // Chosen here rather than by the engine, so that even a failed first turn names the session to continue in.
        var sessionId = string.IsNullOrWhiteSpace(request.SessionId) ? ConversationIds.NewSession(request) : request.SessionId;
        request = request with { SessionId = sessionId };

        ChatLog.MessageReceived(logger, request.Channel, request.TenantId, request.SessionId, request.Text);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await engine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            ChatLog.TurnHandled(logger, request.Channel, request.TenantId, reply.SessionId, reply.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new LoggedTurn(reply, Failed: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var traceId = SegmentTelemetry.CurrentTraceId();
            ChatLog.EngineFailed(logger, ex, request.Channel, request.TenantId, sessionId, traceId);
            return new LoggedTurn(Failure(sessionId, ex, traceId), Failed: true);
        }
    }

    private static ChatReply Failure(string sessionId, Exception exception, string traceId) => new()
    {
        Kind = ReplyKind.Error,
        Text = exception is MemoryUnavailableException
            ? $"I'm temporarily unable to reach my memory, so nothing was changed. Please try again in a minute; if it keeps happening, give your admin this trace id: {traceId}."
            : $"Something unexpected went wrong on our side, so nothing was changed. Please try again; if it keeps happening, give your admin this trace id: {traceId}.",
        SessionId = sessionId,
    };
}
