namespace SegmentAI.Skills.Memory;

/// <summary>Successful segments of a tenant, for "similar segments" suggestions.</summary>
public interface ISegmentPatternStore
{
    /// <summary>Records a saved segment; saving the same segment id again replaces its pattern.</summary>
    Task RecordAsync(SegmentPattern pattern, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> patterns of the tenant whose request wording is at least
    /// <c>WordingSimilarity.SuggestionThreshold</c> similar to <paramref name="request"/>, most similar first,
    /// one per saved segment.
    /// </summary>
    Task<IReadOnlyList<SimilarSegment>> FindSimilarAsync(string tenantId, string request, int limit, CancellationToken cancellationToken = default);
}
