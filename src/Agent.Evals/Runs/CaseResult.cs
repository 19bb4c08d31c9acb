namespace SegmentAI.Evals.Runs;

/// <summary>One case of a run.</summary>
/// <param name="CaseId">The case id.</param>
/// <param name="Tenant">The tenant it ran against.</param>
/// <param name="Tags">The case's tags.</param>
/// <param name="KnownFailure">True when the case documents a known defect (reported apart from the accuracy).</param>
/// <param name="Passed">True when every turn passed.</param>
/// <param name="FailureReason">The first failing turn and why, or null.</param>
/// <param name="TurnsToSuccess">Turns until the first passing reply that is not a question; null when the case failed.</param>
/// <param name="Turns">Every turn.</param>
public sealed record CaseResult(
    string CaseId,
    string Tenant,
    IReadOnlyList<string> Tags,
    bool KnownFailure,
    bool Passed,
    string? FailureReason,
    int? TurnsToSuccess,
    IReadOnlyList<TurnResult> Turns);
