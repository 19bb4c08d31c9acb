namespace SegmentAI.Skills.Memory;

/// <summary>Ranks stored patterns against a request; shared by every pattern store so they all suggest the same.</summary>
public static class SimilarSegments
{
    /// <summary>Most patterns a store compares per request (the newest ones).</summary>
    public const int MaxCandidates = 2000;

    /// <summary>
    /// The patterns at or above <see cref="WordingSimilarity.SuggestionThreshold"/>, most similar first (newer first on ties),
    /// at most <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<SimilarSegment> Rank(IEnumerable<SegmentPattern> patterns, string request, int limit)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(request);
        return patterns
            .Select(p => new SimilarSegment(p, Math.Max(WordingSimilarity.Of(request, p.Request), WordingSimilarity.Of(request, p.SegmentName))))
            .Where(s => s.Similarity >= WordingSimilarity.SuggestionThreshold)
            .OrderByDescending(s => s.Similarity).ThenByDescending(s => s.Pattern.At)
            .Take(Math.Max(0, limit))
            .ToList();
    }
}
