namespace SegmentAI.Skills.Retrieval;

/// <summary>A record found by a vector search, with its cosine similarity to the query.</summary>
/// <param name="Kind">Facet or value.</param>
/// <param name="FacetId">The facet (for a value, the facet it belongs to).</param>
/// <param name="Value">The exact catalog value, for value hits.</param>
/// <param name="Text">The text that was embedded.</param>
/// <param name="Score">Cosine similarity, -1..1 (higher is closer).</param>
public sealed record FacetVectorHit(FacetRecordKind Kind, string FacetId, string? Value, string Text, double Score);
