using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Hosting;

/// <summary>Log events of chat turns. What people wrote is logged only at Trace.</summary>
internal static partial class ChatLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Trace, Message = "Chat message on {Channel} for tenant {TenantId}, session {SessionId}: {Text}")]
    public static partial void MessageReceived(ILogger logger, string channel, string tenantId, string? sessionId, string text);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Chat turn on {Channel} for tenant {TenantId}, session {SessionId}: {Kind} reply in {ElapsedMs:0} ms")]
    public static partial void TurnHandled(ILogger logger, string channel, string tenantId, string sessionId, ReplyKind kind, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The conversation engine failed on {Channel} for tenant {TenantId}, session {SessionId} (trace id {TraceId})")]
    public static partial void EngineFailed(ILogger logger, Exception exception, string channel, string tenantId, string? sessionId, string traceId);
}
