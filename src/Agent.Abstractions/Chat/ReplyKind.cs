namespace SegmentAI.Skills.Chat;

/// <summary>What a reply is.</summary>
public enum ReplyKind
{
    /// <summary>A grounded segment (new or changed).</summary>
    Segment,

    /// <summary>One clarifying question.</summary>
    Clarification,

    /// <summary>The request was refused, with a reason.</summary>
    Refusal,

    /// <summary>An answer that is not a segment (list, explanation, help, overlap).</summary>
    Answer,

    /// <summary>Something went wrong; the text says what to do.</summary>
    Error,
}
