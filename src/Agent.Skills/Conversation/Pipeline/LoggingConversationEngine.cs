using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>
/// The same log events for a turn on every channel: the message at Trace only (it is what a person wrote), the reply's
/// kind and time at Debug.
/// </summary>
internal sealed partial class LoggingConversationEngine(IConversationEngine innerEngine, ILogger logger) : DelegatingConversationEngine(innerEngine)
{
    public override async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        LogMessageReceived(logger, request.Channel, request.TenantId, request.SessionId, request.Text);

        var started = Stopwatch.GetTimestamp();
        var reply = await InnerEngine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        LogTurnHandled(logger, request.Channel, request.TenantId, reply.SessionId, reply.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return reply;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Trace, Message = "Chat message on {Channel} for tenant {TenantId}, session {SessionId}: {Text}")]
    private static partial void LogMessageReceived(ILogger logger, string channel, string tenantId, string? sessionId, string text);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Chat turn on {Channel} for tenant {TenantId}, session {SessionId}: {Kind} reply in {ElapsedMs:0} ms")]
    private static partial void LogTurnHandled(ILogger logger, string channel, string tenantId, string sessionId, ReplyKind kind, double elapsedMs);
}
