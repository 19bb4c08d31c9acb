namespace SegmentAI.Skills.Promotion;

/// <summary>
/// One decision about the live version of a skill, as the promotion log keeps it: who promoted, rejected or rolled
/// back which version, where, on the strength of which eval run, and why.
/// </summary>
public sealed record SkillDecision
{
    /// <summary>Assigned by the log when the decision is recorded; 0 before.</summary>
    public long Id { get; init; }

    /// <summary>Skill the decision is about.</summary>
    public required string SkillId { get; init; }

    /// <summary>The version live in <see cref="Scope"/> before; null when there was none (a tenant without a pin).</summary>
    public string? FromVersion { get; init; }

    /// <summary>
    /// The version live after a promotion or rollback, or the refused candidate of a rejection; null only for a
    /// rollback that removes a tenant's pin so the tenant follows the global version again.
    /// </summary>
    public string? ToVersion { get; init; }

    /// <summary>Global or one tenant.</summary>
    public required PromotionScope Scope { get; init; }

    /// <summary>What the decision did.</summary>
    public required DecisionKind Kind { get; init; }

    /// <summary>The eval run the decision rests on; required for promotions and rejections.</summary>
    public string? EvalRunId { get; init; }

    /// <summary>JSON object: the gates passed and failed and the metrics that regressed.</summary>
    public string? GateSummary { get; init; }

    /// <summary>User who decided.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>Why, in the decider's words.</summary>
    public string? Reason { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }
}
