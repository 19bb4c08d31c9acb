namespace SegmentAI.Skills.Promotion;

/// <summary>A review of an item that does not exist for the tenant or is no longer pending; nothing was changed.</summary>
public sealed class ShadowReviewException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShadowReviewException(ShadowReviewFailure failure, long itemId, string message)
        : base(message)
    {
        Failure = failure;
        ItemId = itemId;
    }

    /// <summary>Why the review was refused.</summary>
    public ShadowReviewFailure Failure { get; }

    /// <summary>The item.</summary>
    public long ItemId { get; }

    /// <summary>The exception for an item the tenant does not have.</summary>
    public static ShadowReviewException NotFound(long itemId) =>
        new(ShadowReviewFailure.NotFound, itemId, $"There is no review item {itemId} for this tenant. List the pending items to see their ids.");

    /// <summary>The exception for an item that was already reviewed.</summary>
    public static ShadowReviewException AlreadyReviewed(ShadowReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var status = item.Status == ReviewStatus.Approved ? "approved" : "rejected";
        return new(ShadowReviewFailure.AlreadyReviewed, item.Id, $"Review item {item.Id} was already {status} by {item.ReviewedBy}; only pending items can be reviewed.");
    }
}
