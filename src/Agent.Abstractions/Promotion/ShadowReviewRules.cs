using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Promotion;

/// <summary>What every review queue checks before it writes, so all implementations refuse the same input.</summary>
public static class ShadowReviewRules
{
    /// <summary>Longest reviewer note kept.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid item of a batch.</summary>
    public static void ValidateBatch(string evalRunId, IReadOnlyList<ShadowReviewItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (string.IsNullOrWhiteSpace(evalRunId))
        {
            throw new ArgumentException("Review items need the id of the eval run of the replay that found them.", nameof(evalRunId));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (Problem(items[i]) is { } problem)
            {
                throw new ArgumentException($"Review item {i + 1} of {items.Count}: {problem}", nameof(items));
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="verdict"/> cannot be recorded.</summary>
    public static void ValidateVerdict(ReviewVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (string.IsNullOrWhiteSpace(verdict.ReviewedBy))
        {
            throw new ArgumentException("A review needs the user who reviewed.", nameof(verdict));
        }

        if (verdict.Note is { Length: > MaxNoteLength })
        {
            throw new ArgumentException($"A review note may have at most {MaxNoteLength} characters.", nameof(verdict));
        }
    }

    private static string? Problem(ShadowReviewItem? item) => item switch
    {
        null => "the item is missing",
        { SkillId: var s } when string.IsNullOrWhiteSpace(s) => "the skill id is missing",
        { TenantId: var t } when string.IsNullOrWhiteSpace(t) => "the tenant id is missing",
        { UserId: var u } when string.IsNullOrWhiteSpace(u) => "the user who sent the production query is missing",
        { CandidateVersion: var c } when !SkillVersion.IsValid(c) => $"candidate version '{c}' is not of the form major.minor.patch",
        { ActiveVersion: var a } when !SkillVersion.IsValid(a) => $"active version '{a}' is not of the form major.minor.patch",
        { Turn: null } => "the production turn is missing",
        { Turn: { SessionId: var session } } when string.IsNullOrWhiteSpace(session) => "the production turn needs its session id",
        { Turn: { Turn: < 1 } } => "the production turn number must be 1 or more",
        { Turn: { Query: null } } => "the production query text is missing",
        { ActiveReply: null } or { CandidateReply: null } => "both reply summaries are needed",
        { DifferenceKind: var d } when string.IsNullOrWhiteSpace(d) => "the difference kind is missing (e.g. different_conditions)",
        _ => null,
    };
}
