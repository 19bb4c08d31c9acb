namespace SegmentAI.Skills.Memory;

/// <summary>What a feedback record is (seed section 8): an explicit rating or an implicit signal.</summary>
public enum FeedbackKind
{
    /// <summary>The user rated the reply 1–5, perhaps with a comment.</summary>
    Rating,

    /// <summary>The user changed the segment in the turn right after it was created.</summary>
    EditedAfterCreation,

    /// <summary>The user saved the segment without changing it.</summary>
    ConfirmedWithoutEdit,

    /// <summary>The user left a draft unsaved and started something else.</summary>
    Abandoned,
}
