using SegmentAI.Skills.Promotion;

namespace SegmentAI.Host.Api.Resources;

/// <summary>A production query where a candidate version answered differently from the active one.</summary>
/// <param name="Id">Item id, used to approve or reject it.</param>
/// <param name="EvalRunId">The shadow replay's eval run.</param>
/// <param name="CandidateVersion">Candidate version.</param>
/// <param name="ActiveVersion">Version that answered in production.</param>
/// <param name="SessionId">Session of the production turn.</param>
/// <param name="Turn">Turn number.</param>
/// <param name="Query">What the user asked.</param>
/// <param name="ActiveReply">Summary of the active version's reply.</param>
/// <param name="CandidateReply">Summary of the candidate's reply.</param>
/// <param name="DifferenceKind">How the replies differ.</param>
/// <param name="Status">pending, approved or rejected.</param>
/// <param name="ReviewedBy">Reviewer.</param>
/// <param name="ReviewedAt">When reviewed.</param>
/// <param name="Note">Reviewer's note.</param>
internal sealed record ReviewItemResource(
    long Id,
    string EvalRunId,
    string CandidateVersion,
    string ActiveVersion,
    string SessionId,
    int Turn,
    string Query,
    string ActiveReply,
    string CandidateReply,
    string DifferenceKind,
    ReviewStatus Status,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? Note)
{
    public static ReviewItemResource From(ShadowReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.EvalRunId, item.CandidateVersion, item.ActiveVersion, item.Turn.SessionId, item.Turn.Turn, item.Turn.Query,
            item.ActiveReply, item.CandidateReply, item.DifferenceKind, item.Status, item.ReviewedBy, item.ReviewedAt, item.Note);
    }
}
