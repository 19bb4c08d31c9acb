namespace SegmentAI.Skills.Chat;

/// <summary>
/// The chat contract: one reply per message, the same for the web widget, Teams, Slack, the evals and the CLI.
/// Serialized in snake_case; fields may be added, never renamed.
/// </summary>
public sealed record ChatReply
{
    /// <summary>What the reply is.</summary>
    public required ReplyKind Kind { get; init; }

    /// <summary>Markdown for people.</summary>
    public required string Text { get; init; }

    /// <summary>Conversation the reply belongs to.</summary>
    public required string SessionId { get; init; }

    /// <summary>Skill and version that produced the reply.</summary>
    public SkillReference? Skill { get; init; }

    /// <summary>The segment, for segment replies (and answers that show one).</summary>
    public SegmentCard? Segment { get; init; }

    /// <summary>The question, for clarification replies.</summary>
    public ClarificationCard? Clarification { get; init; }

    /// <summary>The reason, for refusals.</summary>
    public RefusalCard? Refusal { get; init; }

    /// <summary>For an error reply: what kind of problem it was, its trace id, when to try again.</summary>
    public ErrorCard? Error { get; init; }

    /// <summary>
    /// The reply's typed items beyond its text (tables, charts, metrics), each with a <c>type</c>. A channel renders
    /// those it knows; the text says everything in words for those it does not.
    /// </summary>
    public IReadOnlyList<ReplyContent> Contents { get; init; } = [];

    /// <summary>Up to three saved segments of the workspace worded like this request, as suggestions.</summary>
    public IReadOnlyList<SimilarSegmentCard> SimilarSegments { get; init; } = [];

    /// <summary>What the turn's model calls used (calls, tokens, cost); null when it made none.</summary>
    public TurnUsage? Usage { get; init; }

    /// <summary>Steps of the turn.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
}
