using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Skills.Sessions;

/// <summary>
/// Short-term memory of one conversation: its turns, the draft and its undo history, the pending question, the
/// ambiguity records and the task step. <see cref="Version"/> changes on every save so concurrent turns on one
/// session are detected instead of overwriting each other.
/// </summary>
public sealed record SessionState
{
    /// <summary>Session id.</summary>
    public required string SessionId { get; init; }

    /// <summary>Tenant the session belongs to; never readable from another tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>User of the session.</summary>
    public required string UserId { get; init; }

    /// <summary>The most recent messages, at most the session's cap; earlier ones are only counted in <see cref="EarlierTurns"/>.</summary>
    public IReadOnlyList<ConversationTurn> Turns { get; init; } = [];

    /// <summary>Messages dropped from the front of <see cref="Turns"/> to keep the session within its cap; numbering continues after them.</summary>
    public int EarlierTurns { get; init; }

    /// <summary>The replies to the latest messages that came with a client id, so a retry of one is answered without being applied again.</summary>
    public IReadOnlyList<AnsweredMessage> AnsweredMessages { get; init; } = [];

    /// <summary>The segment being built.</summary>
    public DraftSegment? Draft { get; init; }

    /// <summary>The question being waited on.</summary>
    public PendingClarification? Pending { get; init; }

    /// <summary>What was asked and settled, by slot.</summary>
    public IReadOnlyList<AmbiguityRecord> Ambiguities { get; init; } = [];

    /// <summary>Where the current task is ("idle", "awaiting_answer", "awaiting_delete_confirmation:&lt;id&gt;").</summary>
    public string TaskStep { get; init; } = "idle";

    /// <summary>Optimistic-concurrency version; 0 for a session never saved.</summary>
    public long Version { get; init; }

    /// <summary>Number the next turn gets.</summary>
    public int NextTurn => EarlierTurns + Turns.Count + 1;

    /// <summary>A fresh session.</summary>
    public static SessionState Start(string tenantId, string userId, string sessionId) =>
        new() { SessionId = sessionId, TenantId = tenantId, UserId = userId };
}
