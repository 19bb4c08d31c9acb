namespace SegmentAI.Skills.Promotion;

/// <summary>
/// The human review queue of shadow replay: production queries where a candidate version answered differently
/// from the active one. Each tenant sees and reviews only its own items.
/// </summary>
public interface IShadowReviewQueue
{
    /// <summary>
    /// Adds the differences one replay found, all or none, stamped with <paramref name="evalRunId"/> and pending;
    /// returns them with their ids. An invalid item throws <see cref="ArgumentException"/> and nothing is written.
    /// </summary>
    Task<IReadOnlyList<ShadowReviewItem>> EnqueueAsync(string evalRunId, IReadOnlyList<ShadowReviewItem> items, CancellationToken cancellationToken = default);

    /// <summary>The tenant's pending items for the skill (and candidate version, when given), oldest first.</summary>
    Task<IReadOnlyList<ShadowReviewItem>> PendingAsync(string tenantId, string skillId, string? candidateVersion, CancellationToken cancellationToken = default);

    /// <summary>One of the tenant's items, in any state, or null.</summary>
    Task<ShadowReviewItem?> GetAsync(string tenantId, long itemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves or rejects a pending item of the tenant and returns it reviewed; throws <see cref="ShadowReviewException"/>
    /// when the tenant has no such item or it was already reviewed (by anyone, including a concurrent reviewer).
    /// </summary>
    Task<ShadowReviewItem> ReviewAsync(string tenantId, long itemId, ReviewVerdict verdict, CancellationToken cancellationToken = default);

    /// <summary>How many of the tenant's items for the skill and candidate version are still pending.</summary>
    Task<int> CountPendingAsync(string tenantId, string skillId, string candidateVersion, CancellationToken cancellationToken = default);
}
