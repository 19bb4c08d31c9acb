namespace SegmentAI.Skills.Promotion;

/// <summary>Why a review was refused.</summary>
public enum ShadowReviewFailure
{
    /// <summary>The tenant has no review item with that id.</summary>
    NotFound,

    /// <summary>The item was already approved or rejected.</summary>
    AlreadyReviewed,
}
