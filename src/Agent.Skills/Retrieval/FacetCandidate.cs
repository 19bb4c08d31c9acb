namespace SegmentAI.Skills.Retrieval;

/// <summary>A facet that may fit a phrase.</summary>
/// <param name="FacetId">Facet id.</param>
/// <param name="Name">Facet name.</param>
/// <param name="Confidence">Fused confidence, 0..1.</param>
/// <param name="IsAcceptable">True when <paramref name="Confidence"/> reaches the acceptance threshold; otherwise the caller tries the next or asks.</param>
/// <param name="Scores">The evidence.</param>
/// <param name="MatchedTerm">The catalog term that matched best, if any.</param>
/// <param name="MatchedValue">The value whose words the phrase used, if any.</param>
public sealed record FacetCandidate(string FacetId, string Name, double Confidence, bool IsAcceptable, FacetScores Scores, string? MatchedTerm, string? MatchedValue);
