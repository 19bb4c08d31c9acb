using SegmentAI.Skills.Promotion;

namespace SegmentAI.Evals.Gates;

/// <summary>
/// One run of the eval gate for a candidate version: the three gates, the metrics that regressed, the two eval runs
/// it compared and the review items it waits on. Stored by <see cref="FileGateResultStore"/>; its
/// <see cref="Approval"/> is what activation trusts.
/// </summary>
public sealed record GateResult
{
    /// <summary>The version of this shape.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The version of the JSON shape.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Unique gate id; the file is named after it.</summary>
    public required string GateId { get; init; }

    /// <summary>Skill judged.</summary>
    public required string SkillId { get; init; }

    /// <summary>The version live when the gate ran.</summary>
    public required string ActiveVersion { get; init; }

    /// <summary>The version judged.</summary>
    public required string CandidateVersion { get; init; }

    /// <summary>The tenant the suite runs were limited to, or null.</summary>
    public string? TenantFilter { get; init; }

    /// <summary>When the gate started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Failed when any gate failed, else pending when any is pending, else passed.</summary>
    public required GateStatus Status { get; init; }

    /// <summary>Accuracy, regression and shadow, in that order.</summary>
    public required IReadOnlyList<GateCheck> Checks { get; init; }

    /// <summary>Metrics that got worse than allowed (gate 2).</summary>
    public required IReadOnlyList<RegressedMetric> RegressedMetrics { get; init; }

    /// <summary>The active version's eval run.</summary>
    public required string ActiveRunId { get; init; }

    /// <summary>The candidate's eval run.</summary>
    public required string CandidateRunId { get; init; }

    /// <summary>Shadow-review items this gate's verdict rests on (sent by it, or by the earlier replay it relied on).</summary>
    public required IReadOnlyList<ReviewItemReference> ReviewItems { get; init; }

    /// <summary>The approval for activation: passed only when <see cref="Status"/> is passed.</summary>
    public required GateApproval Approval { get; init; }
}
