namespace SegmentAI.Skills.Promotion;

/// <summary>
/// One production query where a candidate version answered differently from the active one during shadow replay,
/// waiting for (or carrying) a human verdict.
/// </summary>
public sealed record ShadowReviewItem
{
    /// <summary>Assigned by the queue when the item is enqueued; 0 before.</summary>
    public long Id { get; init; }

    /// <summary>The eval run of the replay; set by the queue from the enqueue call.</summary>
    public string EvalRunId { get; init; } = "";

    /// <summary>Skill replayed.</summary>
    public required string SkillId { get; init; }

    /// <summary>Version being considered for promotion.</summary>
    public required string CandidateVersion { get; init; }

    /// <summary>Version that answered in production.</summary>
    public required string ActiveVersion { get; init; }

    /// <summary>Tenant the production turn belongs to; only this tenant sees and reviews the item.</summary>
    public required string TenantId { get; init; }

    /// <summary>User who sent the production query (a personal field: erased on request, with the query text).</summary>
    public required string UserId { get; init; }

    /// <summary>The production turn replayed.</summary>
    public required ReviewedTurn Turn { get; init; }

    /// <summary>What the active version answered, in a line or two.</summary>
    public required string ActiveReply { get; init; }

    /// <summary>What the candidate answered, in a line or two.</summary>
    public required string CandidateReply { get; init; }

    /// <summary>How the replies differ, snake_case (e.g. <c>different_conditions</c>, <c>different_kind</c>, <c>different_size</c>).</summary>
    public required string DifferenceKind { get; init; }

    /// <summary>Review state.</summary>
    public ReviewStatus Status { get; init; } = ReviewStatus.Pending;

    /// <summary>Who reviewed it, once reviewed.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When it was reviewed.</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>The reviewer's note.</summary>
    public string? Note { get; init; }

    /// <summary>When the replay found the difference.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
