
namespace SegmentAI.Skills.Promotion;

/// <summary>A request to make a version of a skill live in one scope.</summary>
public sealed record ActivationRequest
{
    /// <summary>Skill.</summary>
    public required string SkillId { get; init; }

    /// <summary>Version to make live.</summary>
    public required string Version { get; init; }

    /// <summary>Global, or one tenant's pin.</summary>
    public required PromotionScope Scope { get; init; }

    /// <summary>User who decides.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }

    /// <summary>The passed eval gate; required when the version says <c>eval_gate: true</c>.</summary>
    public GateApproval? Approval { get; init; }

    /// <summary>The eval run the decision rests on when there is no <see cref="Approval"/> (skills without a gate).</summary>
    public string? EvalRunId { get; init; }
}
