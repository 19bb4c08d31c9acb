using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Memory;

/// <summary>
/// One handled message as long-term memory keeps it: the production query log the evals replay, the segment
/// audit trail (skill, retrieved facets, inferred values, confidence) and the execution trace of the turn.
/// </summary>
public sealed record TurnRecord
{
    /// <summary>Tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>User who wrote the message (a personal field: erased on request).</summary>
    public required string UserId { get; init; }

    /// <summary>Conversation.</summary>
    public required string SessionId { get; init; }

    /// <summary>Turn number of the user's message in the session.</summary>
    public required int Turn { get; init; }

    /// <summary>Channel it arrived on (web, teams, slack, cli, api, eval).</summary>
    public required string Channel { get; init; }

    /// <summary>The message as received (a personal field: erased on request).</summary>
    public required string Query { get; init; }

    /// <summary>Date windows resolved against.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Intent the perception layer chose, if any.</summary>
    public string? Intent { get; init; }

    /// <summary>Confidence of <see cref="Intent"/>.</summary>
    public double? IntentConfidence { get; init; }

    /// <summary>Skill that answered.</summary>
    public string? SkillId { get; init; }

    /// <summary>Version of that skill.</summary>
    public string? SkillVersion { get; init; }

    /// <summary>What the reply was (snake_case <see cref="ReplyKind"/>).</summary>
    public required string ReplyKind { get; init; }

    /// <summary>Segment definition JSON of a segment reply.</summary>
    public string? DefinitionJson { get; init; }

    /// <summary>Confidence of the segment (0–1) for segment replies.</summary>
    public double? Confidence { get; init; }

    /// <summary>Facets retrieval offered, with scores.</summary>
    public IReadOnlyList<RetrievedFacet> RetrievedFacets { get; init; } = [];

    /// <summary>Values the agent settled without being told in this turn (preferences, defaults, inferences, answers).</summary>
    public IReadOnlyList<InferredValue> InferredValues { get; init; } = [];

    /// <summary>Steps of the turn with timings.</summary>
    public IReadOnlyList<AuditEntry> Trace { get; init; } = [];

    /// <summary>Why the turn failed or was refused (error and refusal replies).</summary>
    public string? Problem { get; init; }

    /// <summary>Time the turn took.</summary>
    public double LatencyMs { get; init; }

    /// <summary>Model calls made.</summary>
    public int LlmCalls { get; init; }

    /// <summary>Tokens used by model calls.</summary>
    public int Tokens { get; init; }

    /// <summary>When the turn was handled.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The client's id for the message (its idempotency key), if it sent one: a turn with an id is logged at most once.</summary>
    public string? MessageId { get; init; }
}
