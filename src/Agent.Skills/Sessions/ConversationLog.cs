using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Sessions;

/// <summary>What a turn writes to the log. Message text is never logged here.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Memory unavailable in {TenantId}/{SessionId} ({Store})")]
    public static partial void MemoryUnavailable(ILogger logger, string tenantId, string sessionId, string store, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn in {TenantId}/{SessionId} failed")]
    public static partial void TurnFailed(ILogger logger, string tenantId, string sessionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn in {TenantId}/{SessionId} failed in a store (trace id {TraceId})")]
    public static partial void StoreFailed(ILogger logger, string tenantId, string sessionId, string traceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Size estimate in {TenantId}/{SessionId} failed (trace id {TraceId})")]
    public static partial void EstimateFailed(ILogger logger, string tenantId, string sessionId, string traceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn in {TenantId}/{SessionId}: {Kind} by {SkillId} in {ElapsedMs:0} ms")]
    public static partial void Turn(ILogger logger, string tenantId, string sessionId, ReplyKind kind, string? skillId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write long-term memory for {TenantId}/{SessionId}; the reply was sent without it")]
    public static partial void JournalFailed(ILogger logger, string tenantId, string sessionId, Exception exception);
}
