using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>
/// Turns an engine failure into one polite error reply in the same session, with a trace id the user can quote and
/// an Error log event holding the exception: never an exception, or its text, on any channel.
/// </summary>
internal sealed partial class ErrorReplyConversationEngine(IConversationEngine innerEngine, ILogger logger) : DelegatingConversationEngine(innerEngine)
{
    public override async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Chosen here rather than by the engine, so that even a failed first turn names the session to continue in.
        var sessionId = string.IsNullOrWhiteSpace(request.SessionId) ? ConversationIds.NewSession(request) : request.SessionId;
        request = request with { SessionId = sessionId };
        try
        {
            return await InnerEngine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var traceId = SegmentTelemetry.CurrentTraceId();
            LogEngineFailed(logger, ex, request.Channel, request.TenantId, sessionId, traceId);
            return Failure(sessionId, ex, traceId);
        }
    }

    private static ChatReply Failure(string sessionId, Exception exception, string traceId)
    {
        var unavailable = exception is MemoryUnavailableException;
        return new ChatReply
        {
            Kind = ReplyKind.Error,
            Text = unavailable
                ? $"I'm temporarily unable to reach my memory, so nothing was changed. Please try again in a minute; if it keeps happening, give your admin this trace id: {traceId}."
                : $"Something unexpected went wrong on our side, so nothing was changed. Please try again; if it keeps happening, give your admin this trace id: {traceId}.",
            SessionId = sessionId,
            Error = new ErrorCard(unavailable ? ErrorCodes.MemoryUnavailable : ErrorCodes.Failed, traceId),
        };
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The conversation engine failed on {Channel} for tenant {TenantId}, session {SessionId} (trace id {TraceId})")]
    private static partial void LogEngineFailed(ILogger logger, Exception exception, string channel, string tenantId, string? sessionId, string traceId);
}
