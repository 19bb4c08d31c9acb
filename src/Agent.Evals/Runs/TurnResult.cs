namespace SegmentAI.Evals.Runs;

/// <summary>One turn of a case in a run: what was said, what came back, and every metric.</summary>
/// <param name="Index">1-based turn number.</param>
/// <param name="Say">The user's message.</param>
/// <param name="ExpectedKind">The reply kind the suite expects.</param>
/// <param name="ActualKind">The reply kind the agent gave.</param>
/// <param name="Skill">The skill that answered, as <c>skill_id@version</c>, or null when none did (a guard refused first).</param>
/// <param name="Passed">True when no metric failed.</param>
/// <param name="FailureReason">The failed metrics and their reasons, or null.</param>
/// <param name="Metrics">Every metric, in evaluator order.</param>
public sealed record TurnResult(
    int Index,
    string Say,
    string ExpectedKind,
    string ActualKind,
    string? Skill,
    bool Passed,
    string? FailureReason,
    IReadOnlyList<MetricResult> Metrics);
