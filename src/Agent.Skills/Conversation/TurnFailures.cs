using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Conversation;

/// <summary>
/// What the user is told when a store behind the agent fails: which store, that nothing was half-done, and what to
/// do. Library and warehouse-availability messages are written for users; a database driver's text is not, so
/// those failures are logged under a trace id the user can quote instead.
/// </summary>
internal sealed class TurnFailures(ILogger<ConversationEngine> logger)
{
    public const string SessionUnavailable =
        "I'm temporarily unable to keep your session, so this message was not applied. Your conversation and draft are as they were; please send it again in a moment.";

    private const string LongTermUnavailable =
        "I couldn't reach long-term memory, so that was not done (nothing was half-saved). Your draft is kept in this conversation; please try again in a moment.";

    private const string Unchanged = "Your draft is unchanged";

    /// <summary>The reply text when the session itself could not be loaded or saved, logged.</summary>
    public string SessionLost(string tenantId, string sessionId, MemoryUnavailableException failure)
    {
        ConversationLog.MemoryUnavailable(logger, tenantId, sessionId, failure.Store, failure);
        return SessionUnavailable;
    }

    /// <summary>The reply text for memory that could not be reached during the turn, logged.</summary>
    public string Unavailable(string tenantId, string sessionId, MemoryUnavailableException failure)
    {
        ConversationLog.MemoryUnavailable(logger, tenantId, sessionId, failure.Store, failure);
        return failure.Store == MemoryUnavailableException.ShortTerm ? SessionUnavailable : LongTermUnavailable;
    }

    /// <summary>The reply text for a store or warehouse that failed during the turn, logged.</summary>
    public string Failed(string tenantId, string sessionId, Exception failure)
    {
        if (failure is WarehouseUnavailableException warehouse)
        {
            ConversationLog.TurnFailed(logger, tenantId, sessionId, failure);
            return $"Something went wrong reading the warehouse: {warehouse.Message.Split('\n')[0]}. {Unchanged}; please try again or ask an admin to check the warehouse.";
        }

        var traceId = SegmentTelemetry.CurrentTraceId();
        ConversationLog.StoreFailed(logger, tenantId, sessionId, traceId, failure);
        return failure is MemoryStoreException
            ? $"Long-term memory (where saved segments, preferences and the query log live) failed on our side, so that was not done. {Unchanged}; please try again, and if it keeps happening, give your admin this trace id: {traceId}."
            : $"Something went wrong reading the warehouse, so that was not done. {Unchanged}; please try again, and if it keeps happening, give your admin this trace id: {traceId}.";
    }
}
